# Upper case and stray spaces are fine.
quiz_answers = {"q1": " C", "q2": "A ", "q3": "D"}
