# Believes the optimizer needs the old gradient for momentum (it keeps its own buffer).
# loses: test_quiz_answers_q2
# says: gradient accumulation
quiz_answers = {"q1": "b", "q2": "b", "q3": "a"}
