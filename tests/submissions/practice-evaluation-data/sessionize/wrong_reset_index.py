# Right ids in the events' row order, but on a fresh RangeIndex instead of events.index.
# loses: test_sessionize_output
# says: indexed like events
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].reset_index(drop=True)
    df = df.sort_values(["user_id", "timestamp"])
    gap = df.groupby("user_id")["timestamp"].diff()
    new = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    df["nth"] = new.cumsum()
    df["start"] = df.groupby("nth")["timestamp"].transform("min")
    ids = df.groupby(["start", "user_id"]).ngroup()
    return ids.sort_index().astype("int64").rename("session_id")
