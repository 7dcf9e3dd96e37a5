# The right letters: (d) (8, 16, 16, 16), (b) the variance of the scores grows with d,
# (c) the running statistics, left unchanged.
quiz_answers = {"q1": "d", "q2": "b", "q3": "c"}
