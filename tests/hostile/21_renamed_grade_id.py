"""A test cell's grade id changed and its checks emptied, over an unstable softmax. Must get: 0
for test_softmax_stable: the original cell is missing, so it is restored from source/ and runs."""

from __future__ import annotations

from _common import UNSTABLE_SOFTMAX, cell

LESSON = "01-interview-framework"
LOSES = ["test_softmax_stable"]
SAYS = ["You deleted the test cell `test_softmax_stable`"]


def edit(notebook) -> None:
    cell(notebook, "softmax").source = UNSTABLE_SOFTMAX
    test = cell(notebook, "test_softmax_stable")
    test.metadata["nbgrader"]["grade_id"] = "my_own_cell"
    test.source = "pass"
