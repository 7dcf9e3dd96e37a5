# The same letter everywhere: guessing "a" scores on q3 only.
# loses: test_quiz_answers_q1, test_quiz_answers_q2
quiz_answers = {"q1": "a", "q2": "a", "q3": "a"}
