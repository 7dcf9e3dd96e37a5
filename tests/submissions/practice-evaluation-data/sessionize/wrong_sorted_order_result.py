# Computes the ids in sorted order and returns them as they are, with events' index: the ids
# land on the wrong rows.
# loses: test_sessionize, test_sessionize_output
# says: its own event's label
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].sort_values(["user_id", "timestamp"])
    gap = df.groupby("user_id")["timestamp"].diff()
    new = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    df["nth"] = new.cumsum()
    df["start"] = df.groupby("nth")["timestamp"].transform("min")
    ids = df.groupby(["start", "user_id"]).ngroup()
    return pd.Series(ids.to_numpy(), index=events.index, name="session_id")
