# The same letter everywhere: guessing "b" scores on q2 only.
# loses: test_quiz_answers_q1, test_quiz_answers_q3
quiz_answers = {"q1": "b", "q2": "b", "q3": "b"}
