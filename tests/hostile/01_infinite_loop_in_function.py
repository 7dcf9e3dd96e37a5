"""An answer whose function never returns. Must get: 0 for both softmax test cells (the first is
interrupted at the time limit; the second fails at once, saying the function already ran past
it), full marks elsewhere: the limit costs those cells only."""

from __future__ import annotations

from _common import cell

LESSON = "01-interview-framework"
LOSES = ["test_softmax", "test_softmax_stable"]
SAYS = ["ran past the time limit", "already ran past the time limit in test_softmax"]


def edit(notebook) -> None:
    cell(notebook, "softmax").source = "def softmax(z, axis=-1):\n    while True:\n        pass\n"
