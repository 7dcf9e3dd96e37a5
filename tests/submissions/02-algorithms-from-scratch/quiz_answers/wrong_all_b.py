# The same letter everywhere (the old key): guessing must not score.
# loses: test_quiz_answers_q1, test_quiz_answers_q2, test_quiz_answers_q3
quiz_answers = {"q1": "b", "q2": "b", "q3": "b"}
