# Right sessions, numbered user by user (all of the first user's sessions, then the next ...).
# loses: test_sessionize, test_sessionize_numbering
# says: not user by user
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].sort_values(["user_id", "timestamp"])
    gap = df.groupby("user_id")["timestamp"].diff()
    new = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    ids = new.cumsum() - 1
    return ids.reindex(events.index).astype("int64").rename("session_id")
