# Thinks scaling before cross-validation is harmless ("it uses no labels"), and that the
# all-good model has recall 1.0.
# loses: test_quiz_answers_q1, test_quiz_answers_q4
quiz_answers = {"q1": "d", "q2": "c", "q3": "a", "q4": "a"}
