# The normal CDF as scipy.special.ndtr, its density via the log (exp of a very negative number
# underflows to 0); the tanh form's derivative through sech² written as 1 - tanh².
from scipy.special import ndtr


def gelu(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    if approximate == "none":
        return x * ndtr(x)
    inner = np.sqrt(2 / np.pi) * x * (1 + 0.044715 * x * x)
    return x * (0.5 + 0.5 * np.tanh(inner))


def gelu_grad(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    if approximate == "none":
        return ndtr(x) + x * np.exp(-x * x / 2 - 0.5 * np.log(2 * np.pi))
    c = np.sqrt(2 / np.pi)
    th = np.tanh(c * x * (1 + 0.044715 * x * x))
    sech2 = 1 - th * th
    return 0.5 * (1 + th) + 0.5 * x * sech2 * c * (1 + 0.134145 * x * x)
