"""Helpers the hostile submissions share: find a cell of the learner's notebook by grade id."""

from __future__ import annotations

SOFTMAX_TESTS = ["test_softmax", "test_softmax_stable"]

UNSTABLE_SOFTMAX = """def softmax(z, axis=-1):
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)
"""


def cell(notebook, grade_id: str):
    return next(
        c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id
    )


def index(notebook, grade_id: str) -> int:
    return notebook.cells.index(cell(notebook, grade_id))


def append_to_answer(notebook, grade_id: str, code: str) -> None:
    answer = cell(notebook, grade_id)
    answer.source = answer.source.rstrip() + "\n" + code


def test_cells(notebook):
    return [
        c
        for c in notebook.cells
        if c.metadata.get("nbgrader", {}).get("grade")
        and not c.metadata["nbgrader"].get("solution")
    ]
