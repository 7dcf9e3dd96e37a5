"""Every test cell replaced by `pass`, on top of an unstable softmax. Must get: 0 for
test_softmax_stable: the tests are restored from source/ and catch it; the report notes the edit."""

from __future__ import annotations

from _common import UNSTABLE_SOFTMAX, cell, test_cells

LESSON = "01-interview-framework"
LOSES = ["test_softmax_stable"]
SAYS = ["You changed the test cell `test_softmax_stable`; the original was put back"]


def edit(notebook) -> None:
    cell(notebook, "softmax").source = UNSTABLE_SOFTMAX
    for test in test_cells(notebook):
        test.source = "pass"
