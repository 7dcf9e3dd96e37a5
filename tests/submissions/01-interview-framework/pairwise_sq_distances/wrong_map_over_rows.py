# Right values, but map() calls a lambda once per point of A: a Python loop in disguise.
# loses: test_pairwise_sq_distances_vectorised
def pairwise_sq_distances(A, B):
    return np.vstack(list(map(lambda a: ((B - a) ** 2).sum(axis=1), A)))
