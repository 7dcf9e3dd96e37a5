# Right, unlike the reference: the standard library only (math.erfc for the normal tails), the
# statistic written as a difference of counts, and a dictionary of tail functions.
import math


def two_proportion_ztest(successes, trials, alternative="two-sided"):
    (x1, x2), (n1, n2) = successes, trials
    if min(n1, n2) < 1:
        raise ValueError("both groups need trials")

    def upper(v):
        return 0.5 * math.erfc(v / math.sqrt(2))

    tail = {
        "two-sided": lambda v: math.erfc(abs(v) / math.sqrt(2)),
        "larger": upper,
        "smaller": lambda v: upper(-v),
    }
    if alternative not in tail:
        raise ValueError("alternative: 'two-sided', 'larger' or 'smaller'")
    total, n = x1 + x2, n1 + n2
    if total == 0 or total == n:
        return 0.0, 1.0
    p = total / n
    z = (x1 * n2 - x2 * n1) / (n1 * n2) / math.sqrt(p * (1 - p) * (n1 + n2) / (n1 * n2))
    return float(z), float(tail[alternative](z))
