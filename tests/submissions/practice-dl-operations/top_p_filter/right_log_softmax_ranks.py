# scipy's log_softmax, np.lexsort for the ranking (probability, then index), the number of tokens
# to keep from the cumulative sums, and each token's rank from the inverse permutation.
from scipy.special import log_softmax


def top_p_filter(logits, p):
    x = np.array(logits, dtype=np.float64)
    V = x.shape[-1]
    rows = x.reshape(-1, V)
    probs = np.exp(log_softmax(rows, axis=1))
    index = np.broadcast_to(np.arange(V), rows.shape)
    order = np.array([np.lexsort((index[r], -probs[r])) for r in range(rows.shape[0])]).reshape(rows.shape)
    cumulative = np.cumsum(np.take_along_axis(probs, order, axis=1), axis=1)
    n_keep = np.minimum((cumulative < p).sum(axis=1) + 1, V)  # up to the first sum that reaches p
    if p >= 1:
        n_keep[:] = V
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(V)[None, :].repeat(rows.shape[0], axis=0), axis=1)
    out = np.where(ranks < n_keep[:, None], rows, -np.inf)
    return out.reshape(x.shape)
