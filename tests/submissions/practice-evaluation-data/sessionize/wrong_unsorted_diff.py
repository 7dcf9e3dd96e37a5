# Takes each user's diff in the rows' given order, without sorting by time first.
# loses: test_sessionize, test_sessionize_gap
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].copy()
    gap = df.groupby("user_id")["timestamp"].diff()
    new = gap.isna() | (gap.abs() > pd.Timedelta(minutes=gap_minutes))
    df["nth"] = new.astype(int).groupby(df["user_id"]).cumsum()
    df["start"] = df.groupby(["user_id", "nth"])["timestamp"].transform("min")
    ids = df.groupby(["start", "user_id"]).ngroup()
    return ids.astype("int64").rename("session_id")
