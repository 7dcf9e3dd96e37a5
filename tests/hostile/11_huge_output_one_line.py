"""An answer cell that prints 20 MB on one line. Must get: full marks, and the autograded
notebook and the feedback stay small (output is truncated)."""

from __future__ import annotations

from _common import append_to_answer

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    append_to_answer(notebook, "softmax", "print('x' * 20_000_000)")
