# The best choices.
quiz_answers = {"q1": "c", "q2": "a", "q3": "d"}
