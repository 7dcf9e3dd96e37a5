# Plain Python, one document and one term at a time, with math.log and math.sqrt: slow but
# right (the contract asks for no vectorisation), and floats whatever the input dtype.
import math


def tfidf(counts):
    rows = [[float(v) for v in row] for row in np.asarray(counts).tolist()]
    n_docs = len(rows)
    n_terms = len(rows[0]) if rows else 0
    df = [sum(1 for row in rows if row[j] > 0) for j in range(n_terms)]
    idf = [math.log((1 + n_docs) / (1 + df[j])) + 1 for j in range(n_terms)]
    out = []
    for row in rows:
        weighted = [row[j] * idf[j] for j in range(n_terms)]
        norm = math.sqrt(sum(w * w for w in weighted))
        out.append([w / norm if norm > 0 else 0.0 for w in weighted])
    return np.array(out, dtype=float).reshape(n_docs, n_terms)
