# The same letter everywhere: guessing "b" must not score on most questions.
# loses: test_quiz_answers_q1, test_quiz_answers_q2, test_quiz_answers_q4
quiz_answers = {"q1": "b", "q2": "b", "q3": "b", "q4": "b"}
