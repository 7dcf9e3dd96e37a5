# The right letters.
quiz_answers = dict(q1="b", q2="b", q3="b", q4="a")
