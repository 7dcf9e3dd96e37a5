"""`softmax` returns the visible checks' expected outputs for their inputs and zeros otherwise.
Must get: 0 for both softmax test cells: the hidden tests use other inputs."""

from __future__ import annotations

from _common import cell

LESSON = "01-interview-framework"
LOSES = ["test_softmax", "test_softmax_stable"]
SAYS = []


def edit(notebook) -> None:
    cell(notebook, "softmax").source = """def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    if z.tolist() == [1.0, 2.0, 3.0]:
        e = np.exp(z)
        return e / e.sum()
    if z.tolist() == [[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]:
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)
    if z.tolist() == [1000.0, 1000.0]:
        return np.array([0.5, 0.5])
    return np.zeros_like(z)
"""
