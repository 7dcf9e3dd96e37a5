# scikit-learn's own function: lots of Python inside (validation), none of it per point.
def pairwise_sq_distances(A, B):
    from sklearn.metrics.pairwise import euclidean_distances

    return euclidean_distances(np.asarray(A, dtype=float), np.asarray(B, dtype=float), squared=True)
