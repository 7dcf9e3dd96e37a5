"""A correct answer cell that then loops for ever. Must get: full marks. The answer cell is
interrupted at the time limit after `softmax` was defined; an answer cell carries no points."""

from __future__ import annotations

from _common import append_to_answer

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    append_to_answer(notebook, "softmax", "while True:\n    pass")
