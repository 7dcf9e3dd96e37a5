# The right letters in upper case with stray spaces.
quiz_answers = {"q1": " D", "q2": "B", "q3": "c "}
