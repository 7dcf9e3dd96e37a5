# The right letters, but in a list instead of the dict of the template.
# loses: test_quiz_answers_q1, test_quiz_answers_q2, test_quiz_answers_q3, test_quiz_answers_q4
# says: expected a dict
quiz_answers = ["b", "c", "a", "d"]
