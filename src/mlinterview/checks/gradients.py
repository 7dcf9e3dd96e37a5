"""The numerical gradient, the oracle of the backward passes."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def numerical_gradient(f: Callable[[], float], array: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """Central differences ``(f(a + h) - f(a - h)) / 2h`` of the scalar ``f()`` at every entry
    of ``array``, which ``f`` reads and this function perturbs in place (and restores).

    The oracle for backward passes: compare with ``check_close(..., rtol=1e-4)``; the error of
    central differences is O(h²).
    """
    grad = np.zeros(array.shape, dtype=float)
    for index in np.ndindex(*array.shape):
        old = array[index]
        array[index] = old + h
        plus = f()
        array[index] = old - h
        minus = f()
        array[index] = old
        grad[index] = (plus - minus) / (2 * h)
    return grad
