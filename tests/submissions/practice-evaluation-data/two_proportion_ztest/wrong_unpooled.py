# The Wald standard error: each group's own rate, not the pooled one.
# loses: test_two_proportion_ztest, test_two_proportion_ztest_alternative
# says: pooled rate
def two_proportion_ztest(successes, trials, alternative="two-sided"):
    if alternative not in ("two-sided", "larger", "smaller"):
        raise ValueError(alternative)
    s_a, s_b = successes
    n_a, n_b = trials
    if n_a == 0 or n_b == 0:
        raise ValueError("no trials")
    pooled = (s_a + s_b) / (n_a + n_b)
    if pooled in (0.0, 1.0):
        return 0.0, 1.0
    p_a, p_b = s_a / n_a, s_b / n_b
    z = (p_a - p_b) / np.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
    p = {
        "two-sided": 2 * special.ndtr(-abs(z)),
        "larger": special.ndtr(-z),
        "smaller": special.ndtr(z),
    }
    return float(z), float(p[alternative])
