"""Both softmax test cells deleted. Must get: full marks: the tests are restored from source/
and run, and the report notes it."""

from __future__ import annotations

from _common import SOFTMAX_TESTS, cell

LESSON = "01-interview-framework"
LOSES = []
SAYS = ["You deleted the test cell `test_softmax_stable`"]


def edit(notebook) -> None:
    for grade_id in SOFTMAX_TESTS:
        notebook.cells.remove(cell(notebook, grade_id))
