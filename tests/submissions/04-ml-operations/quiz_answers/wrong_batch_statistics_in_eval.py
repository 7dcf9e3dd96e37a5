# Normalises with the current batch's statistics in evaluation mode; the rest is right.
# loses: test_quiz_answers_q3
# says: in evaluation there may be a single example
quiz_answers = {"q1": "d", "q2": "b", "q3": "a"}
