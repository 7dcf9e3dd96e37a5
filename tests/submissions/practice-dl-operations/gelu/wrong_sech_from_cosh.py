# The tanh form's derivative with sech² = 1 / cosh²: cosh overflows for large |x| (inf, a warning).
# loses: test_gelu_extremes
# says: warned
from scipy.special import erf

def gelu(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    if approximate == "tanh":
        return 0.5 * x * (1.0 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


def gelu_grad(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    if approximate == "tanh":
        u = np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)
        return 0.5 * (1 + np.tanh(u)) + 0.5 * x / np.cosh(u) ** 2 * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * x**2)
    return 0.5 * (1.0 + erf(x / np.sqrt(2.0))) + x * np.exp(-0.5 * x**2) / np.sqrt(2 * np.pi)
