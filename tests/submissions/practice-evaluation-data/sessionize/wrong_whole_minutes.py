# Compares the gap in whole minutes (floor): 30 min 1 s counts as 30 and stays in the session.
# loses: test_sessionize_gap
# says: not whole minutes
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].sort_values(["user_id", "timestamp"])
    minutes = df.groupby("user_id")["timestamp"].diff().dt.total_seconds() // 60
    new = minutes.isna() | (minutes > gap_minutes)
    df["nth"] = new.cumsum()
    df["start"] = df.groupby("nth")["timestamp"].transform("min")
    ids = df.groupby(["start", "user_id"]).ngroup()
    return ids.reindex(events.index).astype("int64").rename("session_id")
