# Right: a Python loop over the USERS (not the rows), each user's events handled with
# vectorised pandas; then sessions ranked by a sort of their (start, user_id) pairs.
def sessionize(events, gap_minutes=30):
    gap = pd.Timedelta(minutes=gap_minutes)
    local = np.empty(len(events), dtype=np.int64)
    tables = []
    offset = 0
    positions = pd.Series(np.arange(len(events)))
    for user, rows in positions.groupby(events["user_id"].to_numpy()):
        rows = rows.to_numpy()
        times = events["timestamp"].iloc[rows]
        order = np.argsort(times.to_numpy(), kind="stable")
        sorted_times = times.iloc[order]
        flags = sorted_times.diff().gt(gap).to_numpy().copy()
        flags[0] = True
        local[rows[order]] = np.cumsum(flags) - 1 + offset
        firsts = sorted_times.to_numpy()[flags]
        tables.append(pd.DataFrame({"first": firsts, "user": [user] * len(firsts)}))
        offset += int(flags.sum())
    table = pd.concat(tables, ignore_index=True)
    table = table.assign(local=np.arange(len(table))).sort_values(["first", "user"])
    rank = np.empty(len(table), dtype=np.int64)
    rank[table["local"].to_numpy()] = np.arange(len(table))
    return pd.Series(rank[local], index=events.index, name="session_id")
