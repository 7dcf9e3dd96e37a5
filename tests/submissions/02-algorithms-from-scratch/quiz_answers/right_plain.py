# The right letters: (c) standardise with training statistics, (d) the log-loss is convex and
# its gradient does not vanish, (a) O(log k) of the optimum in expectation.
quiz_answers = {"q1": "c", "q2": "d", "q3": "a"}
