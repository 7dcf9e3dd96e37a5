"""A correct answer cell that then allocates 1 TB at once. Must get: full marks: the
allocation fails with MemoryError in the answer cell, and the kernel lives on."""

from __future__ import annotations

from _common import append_to_answer

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    append_to_answer(notebook, "softmax", "_hog = bytearray(10**12)")
