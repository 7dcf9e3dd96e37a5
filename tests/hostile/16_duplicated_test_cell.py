"""A copy of a test cell, emptied, put before the original so that the copy's grade id comes
first. Must get: full marks and the same maximum: no cell is graded twice, and the graded one is
the source's test."""

from __future__ import annotations

import json

import nbformat
from _common import cell

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    original = cell(notebook, "test_softmax_stable")
    copy = nbformat.from_dict(json.loads(json.dumps(original)))
    copy.source = "pass  # nothing to check"
    copy["id"] = "a-copy"
    notebook.cells.insert(notebook.cells.index(original), copy)
