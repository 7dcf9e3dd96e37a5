# Thinks kNN needs no preparation since it has no parameters; the rest is right.
# loses: test_quiz_answers_q1
# says: a feature in the tens of thousands decides alone
quiz_answers = {"q1": "a", "q2": "d", "q3": "a"}
