# Sort keys per row with np.lexsort (item index as the tie-breaker, rated items last), then pad.
def recommend(U, V, mask, k):
    n_users, n_items = mask.shape
    scores = U @ V.T
    index = np.broadcast_to(np.arange(n_items), (n_users, n_items))
    order = np.lexsort((index, -scores, mask), axis=-1)  # last key first: unrated, then score, then index
    width = min(k, n_items)
    top = np.take_along_axis(order, np.arange(width)[None, :].repeat(n_users, 0), axis=1)
    rated = np.take_along_axis(mask, top, axis=1)
    top = np.where(rated, -1, top)
    return np.hstack([top, -np.ones((n_users, k - width), dtype=top.dtype)]).astype(int)
