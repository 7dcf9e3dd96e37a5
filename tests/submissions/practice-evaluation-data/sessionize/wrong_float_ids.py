# Maps the session labels through a float Series: the ids come back as floats.
# loses: test_sessionize_output
# says: expected integers
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].sort_values(["user_id", "timestamp"])
    gap = df.groupby("user_id")["timestamp"].diff()
    new = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    df["nth"] = new.cumsum()
    df["start"] = df.groupby("nth")["timestamp"].transform("min")
    ids = df.groupby(["start", "user_id"]).ngroup().astype(float)
    return ids.reindex(events.index).rename("session_id")
