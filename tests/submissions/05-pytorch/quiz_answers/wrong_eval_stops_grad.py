# Believes eval() turns autograd off; the rest is right.
# loses: test_quiz_answers_q1
# says: what does torch.no_grad() do that eval() does not
quiz_answers = {"q1": "a", "q2": "d", "q3": "a"}
