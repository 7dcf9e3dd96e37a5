# Right, another route: the chi-square statistic of the 2 x 2 table (no continuity correction)
# equals z squared; z takes the sign of p_a - p_b, and the tails come from scipy.special.
def two_proportion_ztest(successes, trials, alternative="two-sided"):
    if alternative not in ("two-sided", "larger", "smaller"):
        raise ValueError(alternative)
    s = np.array(successes, dtype=float)
    n = np.array(trials, dtype=float)
    if (n <= 0).any():
        raise ValueError("no trials")
    table = np.stack([s, n - s])  # rows: success, failure; columns: groups
    expected = table.sum(axis=1, keepdims=True) * table.sum(axis=0, keepdims=True) / table.sum()
    if (expected.sum(axis=1) == 0).any():  # one row empty: pooled rate 0 or 1
        return 0.0, 1.0
    chi2 = ((table - expected) ** 2 / expected).sum()
    z = np.sign(s[0] / n[0] - s[1] / n[1]) * np.sqrt(chi2)
    if alternative == "two-sided":
        return float(z), float(special.chdtrc(1, chi2))
    side = -z if alternative == "larger" else z
    return float(z), float(special.ndtr(side))
