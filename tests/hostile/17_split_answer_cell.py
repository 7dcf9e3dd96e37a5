"""The softmax answer split into two cells that both carry its grade id. Must get: full marks
(both cells still run; the grade id is deduplicated)."""

from __future__ import annotations

import json

import nbformat
from _common import cell

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    answer = cell(notebook, "softmax")
    second = nbformat.from_dict(json.loads(json.dumps(answer)))
    second["id"] = "second-half"
    answer.source = "SCALE = 1.0"
    notebook.cells.insert(notebook.cells.index(answer) + 1, second)
