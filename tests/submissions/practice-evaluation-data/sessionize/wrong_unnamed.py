# Right ids, but the Series keeps no name.
# loses: test_sessionize_output
# says: the name 'session_id'
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].sort_values(["user_id", "timestamp"])
    gap = df.groupby("user_id")["timestamp"].diff()
    new = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    df["nth"] = new.cumsum()
    df["start"] = df.groupby("nth")["timestamp"].transform("min")
    ids = df.groupby(["start", "user_id"]).ngroup()
    return ids.reindex(events.index).astype("int64")
