"""Test cells unlocked in the property inspector (editable, deletable, not locked), given 100
points each and emptied, over an unstable softmax. Must get: 0 for test_softmax_stable and the
lesson's own maximum: points and locks come from the gradebook, not the submission."""

from __future__ import annotations

from _common import UNSTABLE_SOFTMAX, cell, test_cells

LESSON = "01-interview-framework"
LOSES = ["test_softmax_stable"]
SAYS = []


def edit(notebook) -> None:
    cell(notebook, "softmax").source = UNSTABLE_SOFTMAX
    for test in test_cells(notebook):
        test.metadata.update(editable=True, deletable=True)
        test.metadata["nbgrader"].update(locked=False, points=100)
        test.source = "pass"
