# Sorts the caller's DataFrame in place and adds helper columns to it.
# loses: test_sessionize_output
# says: modified its input `events`
def sessionize(events, gap_minutes=30):
    events.sort_values(["user_id", "timestamp"], inplace=True)
    gap = events.groupby("user_id")["timestamp"].diff()
    events["new"] = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    events["nth"] = events["new"].cumsum()
    events["start"] = events.groupby("nth")["timestamp"].transform("min")
    ids = events.groupby(["start", "user_id"]).ngroup()
    return ids.astype("int64").rename("session_id")
