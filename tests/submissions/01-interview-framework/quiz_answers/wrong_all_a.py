# Accuracy, fit the scaler on everything, grid search: the classic wrong answers.
# loses: test_quiz_answers_q1, test_quiz_answers_q2, test_quiz_answers_q3
quiz_answers = {"q1": "a", "q2": "a", "q3": "a", "q4": "a"}
