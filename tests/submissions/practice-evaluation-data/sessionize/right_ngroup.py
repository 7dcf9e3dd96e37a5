# Right, unlike the reference: the start flags' cumulative sum per user (groupby cumsum), each
# event's session start time by a groupby transform, and the global numbering by ngroup over
# (start time, user_id), which sorts the groups exactly as asked. Aligned back by label.
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].sort_values(["user_id", "timestamp"])
    previous = df.groupby("user_id")["timestamp"].shift()
    new = previous.isna() | (df["timestamp"] - previous > pd.Timedelta(minutes=gap_minutes))
    df = df.assign(nth=new.astype(int).groupby(df["user_id"]).cumsum())
    df["start"] = df.groupby(["user_id", "nth"])["timestamp"].transform("min")
    ids = df.groupby(["start", "user_id"], sort=True).ngroup()
    return ids.reindex(events.index).astype("int64").rename("session_id")
