# Vectorised over the groups but returns z and the p-value as 1-element arrays, not floats.
# loses: test_two_proportion_ztest, test_two_proportion_ztest_errors
# says: z is one number, a float
def two_proportion_ztest(successes, trials, alternative="two-sided"):
    if alternative not in ("two-sided", "larger", "smaller"):
        raise ValueError(alternative)
    s = np.asarray(successes, dtype=float).reshape(2, 1)
    n = np.asarray(trials, dtype=float).reshape(2, 1)
    if (n == 0).any():
        raise ValueError("no trials")
    pooled = s.sum(axis=0) / n.sum(axis=0)
    if pooled[0] in (0.0, 1.0):
        return 0.0, 1.0
    z = (s[0] / n[0] - s[1] / n[1]) / np.sqrt(pooled * (1 - pooled) * (1 / n[0] + 1 / n[1]))
    p = {
        "two-sided": 2 * special.ndtr(-abs(z)),
        "larger": special.ndtr(-z),
        "smaller": special.ndtr(z),
    }
    return z, p[alternative]
