"""mlinterview.checks.gradients: the numerical gradient."""

from __future__ import annotations

import numpy as np

from mlinterview import checks


def test_numerical_gradient_matches_a_known_gradient_and_restores_the_input():
    a = np.array([[1.0, -2.0], [0.5, 3.0]])
    before = a.copy()
    grad = checks.numerical_gradient(lambda: float(np.sum(a**3)), a)
    np.testing.assert_allclose(grad, 3 * before**2, rtol=1e-8)
    np.testing.assert_array_equal(a, before)
