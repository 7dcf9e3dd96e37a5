# 0.044715 x² instead of 0.044715 x³ inside the tanh.
# loses: test_gelu, test_gelu_grad
from scipy.special import erf


def gelu(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    if approximate == "tanh":
        return 0.5 * x * (1.0 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**2)))
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


def gelu_grad(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    if approximate == "tanh":
        t = np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**2))
        return 0.5 * (1 + t) + 0.5 * x * (1 - t**2) * np.sqrt(2 / np.pi) * (1 + 2 * 0.044715 * x)
    return 0.5 * (1.0 + erf(x / np.sqrt(2.0))) + x * np.exp(-0.5 * x**2) / np.sqrt(2 * np.pi)
