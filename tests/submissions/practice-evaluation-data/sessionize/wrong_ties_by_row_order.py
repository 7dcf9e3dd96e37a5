# Numbers sessions by their first timestamp only, in the rows' order for ties (a stable sort of
# the start rows as they come in events), not by user_id.
# loses: test_sessionize, test_sessionize_numbering
# says: ordered by user_id
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].reset_index(drop=True)
    df = df.sort_values(["user_id", "timestamp"], kind="stable")
    gap = df.groupby("user_id")["timestamp"].diff()
    new = (gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))).to_numpy()
    nth = np.cumsum(new) - 1
    starts = df[new].assign(nth=nth[new]).sort_index()  # back to the rows' order
    starts = starts.sort_values("timestamp", kind="stable")
    rank = np.empty(len(starts), dtype=np.int64)
    rank[starts["nth"].to_numpy()] = np.arange(len(starts))
    out = np.empty(len(df), dtype=np.int64)
    out[df.index.to_numpy()] = rank[nth]
    return pd.Series(out, index=events.index, name="session_id")
