# Right, unlike the reference: NumPy underneath. Users become integer codes (np.unique keeps
# user_id's own order), np.lexsort orders the events, the gaps are timedelta64 differences, and
# the sessions are ranked by lexsort on (user code, first time).
def sessionize(events, gap_minutes=30):
    users, codes = np.unique(events["user_id"].to_numpy(), return_inverse=True)
    times = events["timestamp"].to_numpy()
    order = np.lexsort((times, codes))
    t, c = times[order], codes[order]
    new = np.ones(len(t), dtype=bool)
    new[1:] = (c[1:] != c[:-1]) | ((t[1:] - t[:-1]) > np.timedelta64(int(gap_minutes * 60e6), "us"))
    label = np.cumsum(new) - 1
    rank_of = np.empty(new.sum(), dtype=np.int64)
    rank_of[np.lexsort((c[new], t[new]))] = np.arange(new.sum())
    out = np.empty(len(t), dtype=np.int64)
    out[order] = rank_of[label]
    return pd.Series(out, index=events.index, name="session_id")
