# Accuracy to choose models with 14 % churners.
# loses: test_quiz_answers_q1
# says: Think again
quiz_answers = {"q1": "a", "q2": "a", "q3": "d"}
