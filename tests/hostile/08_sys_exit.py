"""The softmax answer cell calls `sys.exit(1)`. IPython turns SystemExit into an error in
that cell and the kernel lives on. Must get: full marks (`softmax` was defined first)."""

from __future__ import annotations

from _common import append_to_answer

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    append_to_answer(notebook, "softmax", "import sys\nsys.exit(1)")
