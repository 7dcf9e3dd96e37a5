# Answers with the option's position as a number instead of its letter.
# loses: test_quiz_answers_q1, test_quiz_answers_q2, test_quiz_answers_q3
# says: expected one letter of a, b, c, d
quiz_answers = {"q1": 4, "q2": 2, "q3": 3}
