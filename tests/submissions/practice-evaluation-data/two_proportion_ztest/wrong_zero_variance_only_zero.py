# Handles a pooled rate of 0 but not of 1 (only successes): z is NaN there.
# loses: test_two_proportion_ztest_edge
def two_proportion_ztest(successes, trials, alternative="two-sided"):
    if alternative not in ("two-sided", "larger", "smaller"):
        raise ValueError(alternative)
    s_a, s_b = (np.float64(s) for s in successes)
    n_a, n_b = (np.float64(n) for n in trials)
    if n_a == 0 or n_b == 0:
        raise ValueError("no trials")
    if s_a + s_b == 0:
        return 0.0, 1.0
    pooled = (s_a + s_b) / (n_a + n_b)
    z = (s_a / n_a - s_b / n_b) / np.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    p = {
        "two-sided": 2 * special.ndtr(-abs(z)),
        "larger": special.ndtr(-z),
        "smaller": special.ndtr(z),
    }
    return float(z), float(p[alternative])
