# The right letters, in upper case with stray spaces.
quiz_answers = {"q1": "D", "q2": " c", "q3": "B ", "q4": "A"}
