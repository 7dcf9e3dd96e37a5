"""The softmax answer cell reads address 0 through ctypes: the kernel crashes. Must get: as
`os_exit`."""

from __future__ import annotations

from _common import append_to_answer

LESSON = "01-interview-framework"
LOSES = ["test_softmax", "test_softmax_stable"]
SAYS = ["kernel died"]


def edit(notebook) -> None:
    append_to_answer(notebook, "softmax", "import ctypes\nctypes.string_at(0)")
