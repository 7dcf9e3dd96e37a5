# Breaks ties between users by their ids as text: "10" before "9".
# loses: test_sessionize_numbering
# says: numbers as numbers
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].sort_values(["user_id", "timestamp"])
    gap = df.groupby("user_id")["timestamp"].diff()
    new = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    df["nth"] = new.cumsum()
    df["start"] = df.groupby("nth")["timestamp"].transform("min")
    df["user_text"] = df["user_id"].astype(str)
    ids = df.groupby(["start", "user_text"]).ngroup()
    return ids.reindex(events.index).astype("int64").rename("session_id")
