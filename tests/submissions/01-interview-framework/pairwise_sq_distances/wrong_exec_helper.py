# The row loop lives in exec'd code with its own globals, outside the notebook's namespace.
# loses: test_pairwise_sq_distances_vectorised
# says: Python loop
_namespace = {"np": np}
exec(
    "def rows(A, B):\n"
    "    out = []\n"
    "    for a in A:\n"
    "        out.append(((B - a) ** 2).sum(axis=1))\n"
    "    return np.array(out).reshape(len(A), len(B))\n",
    _namespace,
)


def pairwise_sq_distances(A, B):
    return _namespace["rows"](np.asarray(A, dtype=float), np.asarray(B, dtype=float))
