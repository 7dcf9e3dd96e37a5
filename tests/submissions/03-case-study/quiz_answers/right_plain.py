# The key: (b) 94.8 % and recall 0, (c) AP in stratified CV, (a) out-of-fold predictions,
# (d) the scaler saw the validation rows.
quiz_answers = {"q1": "b", "q2": "c", "q3": "a", "q4": "d"}
