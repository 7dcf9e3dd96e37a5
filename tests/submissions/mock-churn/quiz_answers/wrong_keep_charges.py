# Keeps the charge columns because more features never hurt.
# loses: test_quiz_answers_q3
# says: no new information
quiz_answers = {"q1": "c", "q2": "a", "q3": "a"}
