# Element by element with the math module (nothing asks for vectorisation); the density written as
# exp(-x²/2) / sqrt(2π).
import math


def _each(f, x):
    x = np.asarray(x, dtype=float)
    return np.array([f(v) for v in x.ravel()], dtype=float).reshape(x.shape)


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return _each(lambda v: 0.5 * v * (1 + math.tanh(math.sqrt(2 / math.pi) * (v + 0.044715 * v**3))), x)
    return _each(lambda v: v * 0.5 * math.erfc(-v / math.sqrt(2)), x)


def gelu_grad(x, approximate="none"):
    def exact(v):
        return 0.5 * math.erfc(-v / math.sqrt(2)) + v * math.exp(-v * v / 2) / math.sqrt(2 * math.pi)

    def tanh_form(v):
        t = math.tanh(math.sqrt(2 / math.pi) * (v + 0.044715 * v**3))
        return 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * math.sqrt(2 / math.pi) * (1 + 3 * 0.044715 * v * v)

    return _each(tanh_form if approximate == "tanh" else exact, x)
