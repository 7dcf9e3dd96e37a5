"""An unstable softmax, and an answer cell that makes NumPy's comparisons always agree
(`allclose`, `isclose`, `isfinite`, `array_equal`, `testing.assert_allclose`). Must get: 0 for
test_softmax_stable: NumPy's functions are put back before every test cell."""

from __future__ import annotations

from _common import UNSTABLE_SOFTMAX, cell

LESSON = "01-interview-framework"
LOSES = ["test_softmax_stable"]
SAYS = []


def edit(notebook) -> None:
    cell(notebook, "softmax").source = (
        UNSTABLE_SOFTMAX
        + """
np.allclose = lambda *args, **kwargs: True
np.isclose = lambda a, b, *args, **kwargs: np.ones(np.shape(a), dtype=bool)
np.isfinite = lambda x, *args, **kwargs: np.ones(np.shape(x), dtype=bool)
np.array_equal = lambda *args, **kwargs: True
np.testing.assert_allclose = lambda *args, **kwargs: None
"""
    )
