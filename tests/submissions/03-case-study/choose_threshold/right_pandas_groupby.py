# pandas: group the rows by score (sorted from the highest down), count rows and positives per
# score, cumulative sums, then the rule with idxmax on (tp, threshold).
def choose_threshold(y_true, scores, min_precision):
    frame = pd.DataFrame({"s": np.asarray(scores, dtype=float), "y": np.asarray(y_true) == 1})
    per_score = frame.groupby("s")["y"].agg(["size", "sum"]).sort_index(ascending=False)
    predicted = per_score["size"].cumsum()
    tp = per_score["sum"].cumsum()
    table = pd.DataFrame({"tp": tp, "ok": tp / predicted >= min_precision})
    table = table[table["ok"]]
    if table.empty:
        return float("inf")
    best = table[table["tp"] == table["tp"].max()]
    return float(best.index.max())
