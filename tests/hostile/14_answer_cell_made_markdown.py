"""The softmax answer cell turned into markdown, as if that hid it from grading. Must get: full
marks: nbgrader restores the type of every cell it knows from source/, so the learner's code runs
as code (and a correct answer keeps its points)."""

from __future__ import annotations

from _common import cell

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    answer = cell(notebook, "softmax")
    answer.cell_type = "markdown"
    answer.pop("outputs", None)
    answer.pop("execution_count", None)
