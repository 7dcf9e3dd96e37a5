# Always the exact form, whatever approximate says.
# loses: test_gelu, test_gelu_grad
# says: approximate="tanh" asks for the tanh formula
from scipy.special import erf


def gelu(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


def gelu_grad(x, approximate="none"):
    x = np.asarray(x, dtype=float)
    return 0.5 * (1.0 + erf(x / np.sqrt(2.0))) + x * np.exp(-0.5 * x**2) / np.sqrt(2 * np.pi)
