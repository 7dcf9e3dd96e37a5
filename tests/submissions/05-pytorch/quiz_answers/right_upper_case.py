# The right letters in upper case with stray spaces.
quiz_answers = {"q1": "B ", "q2": " D", "q3": "A"}
