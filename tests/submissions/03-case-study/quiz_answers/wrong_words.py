# Answers with the option's text (and one letter in brackets) instead of one letter.
# loses: test_quiz_answers_q1, test_quiz_answers_q2, test_quiz_answers_q3, test_quiz_answers_q4
# says: expected one letter of a, b, c, d
quiz_answers = {"q1": "94.8 % and 0.0", "q2": "average precision", "q3": "(a)", "q4": "d)"}
