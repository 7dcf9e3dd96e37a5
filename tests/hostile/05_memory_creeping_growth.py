"""A correct answer cell that then grows a list by 100 MB at a time until memory runs out.
Must get: full marks: the memory limit stops it with MemoryError before the machine suffers."""

from __future__ import annotations

from _common import append_to_answer

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    append_to_answer(
        notebook, "softmax", "_hog = []\nwhile True:\n    _hog.append(bytearray(10**8))"
    )
