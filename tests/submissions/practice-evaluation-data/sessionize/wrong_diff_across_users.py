# Sorts by user and time but takes the diff over the whole frame: a user's first event is
# compared with the previous user's last event (and the user change is never a start).
# loses: test_sessionize, test_sessionize_gap
# says: same user's previous event
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].sort_values(["user_id", "timestamp"])
    gap = df["timestamp"].diff()
    new = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    df["nth"] = new.cumsum()
    df["start"] = df.groupby("nth")["timestamp"].transform("min")
    first_user = df.groupby("nth")["user_id"].transform("first")
    ids = df.assign(first_user=first_user).groupby(["start", "first_user"]).ngroup()
    return ids.reindex(events.index).astype("int64").rename("session_id")
