# A loop over the points made only of library calls: no line of the learner's runs per point.
# loses: test_pairwise_sq_distances_vectorised
# says: Python loop
from itertools import repeat


def pairwise_sq_distances(A, B):
    diffs = map(np.subtract, repeat(np.asarray(B, dtype=float)), np.asarray(A, dtype=float))
    rows = map(np.sum, map(np.square, diffs), repeat(1))
    return np.array(list(rows)).reshape(len(A), len(B))
