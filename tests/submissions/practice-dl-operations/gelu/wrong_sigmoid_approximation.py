# x * sigmoid(1.702 x) for the exact form: another approximation.
# loses: test_gelu, test_gelu_grad
# says: x * sigmoid(1.702 x)
from scipy.special import erf


def gelu(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    if approximate == "tanh":
        return 0.5 * x * (1.0 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))
    return x * 0.5 * (1 + np.tanh(0.851 * x))


def gelu_grad(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    if approximate == "tanh":
        t = np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3))
        return 0.5 * (1 + t) + 0.5 * x * (1 - t**2) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * x**2)
    s = 0.5 * (1 + np.tanh(0.851 * x))
    return s + 1.702 * x * s * (1 - s)
