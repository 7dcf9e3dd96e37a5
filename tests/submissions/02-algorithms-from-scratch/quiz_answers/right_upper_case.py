# The right letters in upper case with stray spaces, built with dict().
quiz_answers = dict(q1=" C", q2="D ", q3=" a ")
