# Picks accuracy at 0.5 as the selection metric; the rest is right.
# loses: test_quiz_answers_q2
# says: with 5 % defaults, which number rewards ranking the defaults at the top
quiz_answers = {"q1": "b", "q2": "a", "q3": "a", "q4": "d"}
