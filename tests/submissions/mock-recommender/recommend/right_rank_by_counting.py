# Each item's rank among the user's unrated items, counted by broadcasting (fine for small catalogues).
def recommend(U, V, mask, k):
    s = U @ V.T
    n_users, n_items = s.shape
    i = np.arange(n_items)
    better = (s[:, None, :] > s[:, :, None]) | ((s[:, None, :] == s[:, :, None]) & (i[None, None, :] < i[None, :, None]))
    rank = np.sum(better & ~mask[:, None, :], axis=2)  # rank[u, i]: unrated items ahead of item i
    out = -np.ones((n_users, k), dtype=int)
    users, items = np.nonzero(~mask & (rank < k))
    out[users, rank[users, items]] = items
    return out
