# ROC-AUC on the training data.
# loses: test_quiz_answers_q1
quiz_answers = {"q1": "d", "q2": "a", "q3": "d"}
