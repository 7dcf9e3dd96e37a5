# Anything that is not "larger" or "smaller" is treated as two-sided: no ValueError.
# loses: test_two_proportion_ztest_errors
# says: expected ValueError
def two_proportion_ztest(successes, trials, alternative="two-sided"):
    s_a, s_b = successes
    n_a, n_b = trials
    if n_a == 0 or n_b == 0:
        raise ValueError("no trials")
    pooled = (s_a + s_b) / (n_a + n_b)
    if pooled in (0.0, 1.0):
        return 0.0, 1.0
    z = (s_a / n_a - s_b / n_b) / np.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    if alternative == "larger":
        return float(z), float(special.ndtr(-z))
    if alternative == "smaller":
        return float(z), float(special.ndtr(z))
    return float(z), float(2 * special.ndtr(-abs(z)))
