"""A test cell turned into markdown so that it would not run. Must get: full marks: nbgrader
restores the cell from source/ and runs it."""

from __future__ import annotations

from _common import cell

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    cell(notebook, "test_softmax_stable").cell_type = "markdown"
    cell(notebook, "test_softmax_stable").pop("outputs", None)
    cell(notebook, "test_softmax_stable").pop("execution_count", None)
