# Answers two questions and drops the third key.
# loses: test_quiz_answers_q3
# says: has no answer for 'q3'
quiz_answers = {"q1": "c", "q2": "d"}
