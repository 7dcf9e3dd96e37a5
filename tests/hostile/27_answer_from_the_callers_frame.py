"""`softmax` walks up the call stack to the test cell and returns the visible check's expected
value (`e / e.sum()`, computed before the call). Must get: 0 for both softmax test cells: the
hidden tests compute their expected values only after the learner's function has returned."""

from __future__ import annotations

from _common import cell

LESSON = "01-interview-framework"
LOSES = ["test_softmax", "test_softmax_stable"]
SAYS = []


def edit(notebook) -> None:
    cell(notebook, "softmax").source = """def softmax(z, axis=-1):
    import sys

    frame = sys._getframe(1)
    while frame is not None:
        if "e" in frame.f_globals and "checks" in frame.f_globals:
            e = np.asarray(frame.f_globals["e"], dtype=float)
            return e / e.sum()
        frame = frame.f_back
    return np.zeros_like(np.asarray(z, dtype=float))
"""
