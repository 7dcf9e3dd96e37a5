# The right letters in upper case with stray spaces, built with dict().
quiz_answers = dict(q1=" B", q2="C ", q3=" a ", q4="D")
