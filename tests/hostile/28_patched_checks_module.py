"""An unstable softmax, and an answer cell that patches a module inside the checks package:
`mlinterview.checks.values.np` becomes a NumPy whose `isfinite` and `isclose` always say yes, so
`checks.check_finite` and `checks.check_close` (both in that module) pass anything, while
`mlinterview.checks` itself is untouched. Must get: 0 for test_softmax_stable: every module of
the package is put back before every test cell."""

from __future__ import annotations

from _common import UNSTABLE_SOFTMAX, cell

LESSON = "01-interview-framework"
LOSES = ["test_softmax_stable"]
SAYS = []


def edit(notebook) -> None:
    cell(notebook, "softmax").source = (
        UNSTABLE_SOFTMAX
        + """
import mlinterview.checks.values as _values


class _AgreeableNumpy:
    def __getattr__(self, name):
        return getattr(np, name)

    def isfinite(self, a):
        return np.ones(np.shape(a), dtype=bool)

    def isclose(self, a, b, **kwargs):
        return np.ones(np.broadcast_shapes(np.shape(a), np.shape(b)), dtype=bool)


_values.np = _AgreeableNumpy()
"""
    )
