"""`softmax` prints 100 000 lines at every call, so the test cells' output floods. Must get:
full marks (printing is not wrong), and the autograded notebook stays small."""

from __future__ import annotations

from _common import append_to_answer

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    noisy = """
_solution = softmax


def softmax(z, axis=-1):
    print("noise\\n" * 100_000)
    return _solution(z, axis)
"""
    append_to_answer(notebook, "softmax", noisy)
