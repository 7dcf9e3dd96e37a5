# Chooses the decision threshold on the test split; the rest is right.
# loses: test_quiz_answers_q3
# says: a threshold tuned on the test split makes the test score optimistic
quiz_answers = {"q1": "b", "q2": "c", "q3": "b", "q4": "d"}
