# scikit-learn's kmeans_plusplus: not from scratch, and it runs the GREEDY variant (several
# candidate draws per step, keeping the best), which does not draw in proportion to D^2.
# loses: test_kmeans_plus_plus_init
# says: calls sklearn
def kmeans_plus_plus_init(X, k, seed=0):
    from sklearn.cluster import kmeans_plusplus

    centers, _ = kmeans_plusplus(np.asarray(X, dtype=float), k, random_state=seed)
    return centers
