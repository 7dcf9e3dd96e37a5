"""The softmax answer cell calls IPython's `exit()`, which stops the kernel after the cell.
Must get: as `os_exit`: the death is blamed on the cell that asked for it, not on a later one."""

from __future__ import annotations

from _common import append_to_answer

LESSON = "01-interview-framework"
LOSES = ["test_softmax", "test_softmax_stable"]
SAYS = ["kernel died"]


def edit(notebook) -> None:
    append_to_answer(notebook, "softmax", "exit()")
