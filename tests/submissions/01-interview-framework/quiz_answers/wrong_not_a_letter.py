# Answers with words instead of letters.
# loses: test_quiz_answers_q1, test_quiz_answers_q2, test_quiz_answers_q3, test_quiz_answers_q4
quiz_answers = {"q1": "average precision", "q2": "pipeline", "q3": "random", "q4": "mnd"}
