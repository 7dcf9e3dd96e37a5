"""The softmax answer cell calls `os._exit(1)`: the kernel dies. Must get: 0 for the softmax
tests (the cell that killed the kernel did not run again, so `softmax` is undefined in the fresh
kernel), full marks for everything else, which is graded in a fresh kernel."""

from __future__ import annotations

from _common import append_to_answer

LESSON = "01-interview-framework"
LOSES = ["test_softmax", "test_softmax_stable"]
SAYS = ["kernel died"]


def edit(notebook) -> None:
    append_to_answer(notebook, "softmax", "import os\nos._exit(1)")
