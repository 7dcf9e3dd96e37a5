# Thinks k-means++ finds the global optimum; the rest is right.
# loses: test_quiz_answers_q3
# says: Lloyd's rounds only find a local optimum
quiz_answers = {"q1": "c", "q2": "d", "q3": "b"}
