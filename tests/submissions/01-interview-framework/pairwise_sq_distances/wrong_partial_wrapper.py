# The loop over points hides behind functools.partial, which has no source of its own.
# loses: test_pairwise_sq_distances_vectorised
# says: `_distances` ran
# says: Python loop
import functools


def _distances(A, B, squared):
    rows = []
    for a in A:
        d = ((B - a) ** 2).sum(axis=1)
        rows.append(d if squared else np.sqrt(d))
    return np.array(rows).reshape(len(A), len(B))


pairwise_sq_distances = functools.partial(_distances, squared=True)
