# Computes the output size without the padding ((32 - 5) // 2 + 1 = 14); the rest is right.
# loses: test_quiz_answers_q1
# says: H_out = (32 + 2·2 - 5) // 2 + 1
quiz_answers = {"q1": "b", "q2": "b", "q3": "c"}
