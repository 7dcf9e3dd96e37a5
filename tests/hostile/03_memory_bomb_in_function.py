"""`softmax` allocates 8 TB. Must get: 0 for both softmax test cells (MemoryError under the
kernel's memory limit), full marks elsewhere; the grading run is unaffected."""

from __future__ import annotations

from _common import cell

LESSON = "01-interview-framework"
LOSES = ["test_softmax", "test_softmax_stable"]
SAYS = ["MemoryError"]


def edit(notebook) -> None:
    cell(notebook, "softmax").source = "def softmax(z, axis=-1):\n    return np.ones(10**12)\n"
