# tanh written with exp(2u): exp overflows for large x and gives inf / inf = NaN.
# loses: test_gelu_extremes
# says: `gelu` returned 2 NaN or infinite value(s)
# says: np.tanh itself
from scipy.special import erf


def _tanh(u):
    e = np.exp(2 * u)
    return (e - 1) / (e + 1)


def gelu(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    if approximate == "tanh":
        return 0.5 * x * (1.0 + _tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


def gelu_grad(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    if approximate == "tanh":
        t = _tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3))
        return 0.5 * (1 + t) + 0.5 * x * (1 - t**2) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * x**2)
    return 0.5 * (1.0 + erf(x / np.sqrt(2.0))) + x * np.exp(-0.5 * x**2) / np.sqrt(2 * np.pi)
