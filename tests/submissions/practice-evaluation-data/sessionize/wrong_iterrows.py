# Right ids, from a loop over the rows with iterrows.
# loses: test_sessionize_vectorised
# says: a Python loop
def sessionize(events, gap_minutes=30):
    ordered = events.sort_values(["user_id", "timestamp"])
    gap = pd.Timedelta(minutes=gap_minutes)
    last_user, last_time, label = None, None, -1
    labels, firsts = {}, []
    for index, row in ordered.iterrows():
        if row["user_id"] != last_user or row["timestamp"] - last_time > gap:
            label += 1
            firsts.append((row["timestamp"], row["user_id"], label))
        labels[index] = label
        last_user, last_time = row["user_id"], row["timestamp"]
    rank = {lab: r for r, (_, _, lab) in enumerate(sorted(firsts, key=lambda f: (f[0], f[1])))}
    return pd.Series(
        [rank[labels[i]] for i in events.index],
        index=events.index,
        name="session_id",
        dtype="int64",
    )
