# Right, unlike the reference: NumPy arrays throughout and scipy.stats.norm for the tails (sf for
# the upper tail, cdf for the lower one); the zero-variance case detected from the variance itself.
from scipy.stats import norm


def two_proportion_ztest(successes, trials, alternative="two-sided"):
    tails = {"two-sided", "larger", "smaller"}
    if alternative not in tails:
        raise ValueError(f"unknown alternative {alternative!r}")
    x = np.asarray(successes, dtype=float)
    n = np.asarray(trials, dtype=float)
    if np.any(n == 0):
        raise ValueError("a group has no trials")
    rates = x / n
    pooled = x.sum() / n.sum()
    variance = pooled * (1 - pooled) * np.sum(1 / n)
    if variance == 0:
        return 0.0, 1.0
    z = (rates[0] - rates[1]) / np.sqrt(variance)
    if alternative == "larger":
        p = norm.sf(z)
    elif alternative == "smaller":
        p = norm.cdf(z)
    else:
        p = 2 * norm.sf(np.abs(z))
    return float(z), float(p)
