"""The kernel is killed with SIGKILL while running the softmax answer cell, as the operating
system's out-of-memory killer would. Must get: as `os_exit`."""

from __future__ import annotations

from _common import append_to_answer

LESSON = "01-interview-framework"
LOSES = ["test_softmax", "test_softmax_stable"]
SAYS = ["kernel died"]


def edit(notebook) -> None:
    append_to_answer(notebook, "softmax", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")
