# Fixed windows: a new session every gap_minutes after the user's first event (no chaining).
# loses: test_sessionize_gap
# says: not from the session's first event
def sessionize(events, gap_minutes=30):
    df = events[["user_id", "timestamp"]].sort_values(["user_id", "timestamp"])
    first = df.groupby("user_id")["timestamp"].transform("min")
    window = ((df["timestamp"] - first) / pd.Timedelta(minutes=gap_minutes)).astype(float)
    window = np.ceil(window).clip(lower=1) - 1
    df["window"] = window
    df["start"] = df.groupby(["user_id", "window"])["timestamp"].transform("min")
    ids = df.groupby(["start", "user_id"]).ngroup()
    return ids.reindex(events.index).astype("int64").rename("session_id")
