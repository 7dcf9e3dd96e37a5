# Yates' continuity correction shrinks |p_a - p_b| by (1/n_a + 1/n_b) / 2: not the test asked for.
# loses: test_two_proportion_ztest, test_two_proportion_ztest_alternative
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
    diff = s_a / n_a - s_b / n_b
    corrected = np.sign(diff) * max(abs(diff) - 0.5 * (1 / n_a + 1 / n_b), 0.0)
    z = corrected / np.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    p = {
        "two-sided": 2 * special.ndtr(-abs(z)),
        "larger": special.ndtr(-z),
        "smaller": special.ndtr(z),
    }
    return float(z), float(p[alternative])
