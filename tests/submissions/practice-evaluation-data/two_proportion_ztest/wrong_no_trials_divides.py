# No check for a group without trials: Python raises ZeroDivisionError, not ValueError.
# loses: test_two_proportion_ztest_errors
# says: raised ZeroDivisionError
def two_proportion_ztest(successes, trials, alternative="two-sided"):
    if alternative not in ("two-sided", "larger", "smaller"):
        raise ValueError(alternative)
    s_a, s_b = (int(s) for s in successes)
    n_a, n_b = (int(n) for n in trials)
    pooled = (s_a + s_b) / (n_a + n_b)
    if pooled in (0.0, 1.0):
        return 0.0, 1.0
    z = (s_a / n_a - s_b / n_b) / np.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    p = {
        "two-sided": 2 * special.ndtr(-abs(z)),
        "larger": special.ndtr(-z),
        "smaller": special.ndtr(z),
    }
    return float(z), float(p[alternative])
