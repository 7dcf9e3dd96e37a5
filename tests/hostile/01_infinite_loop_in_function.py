"""An answer whose function never returns. Must get: 0 for both softmax test cells (each is
interrupted at the time limit), full marks elsewhere: the limit costs those cells only."""

from __future__ import annotations

from _common import cell

LESSON = "01-interview-framework"
LOSES = ["test_softmax", "test_softmax_stable"]
SAYS = ["time limit"]


def edit(notebook) -> None:
    cell(notebook, "softmax").source = "def softmax(z, axis=-1):\n    while True:\n        pass\n"
