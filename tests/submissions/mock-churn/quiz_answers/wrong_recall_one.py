# Thinks that flagging nobody has a recall of 1.
# loses: test_quiz_answers_q2
quiz_answers = {"q1": "c", "q2": "d", "q3": "d"}
