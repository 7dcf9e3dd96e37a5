# The right letters: (d) average precision, (c) the scaler in a pipeline, (b) random search,
# (a) O(m n d).
quiz_answers = dict(q1="d", q2="c", q3="b", q4="a")
