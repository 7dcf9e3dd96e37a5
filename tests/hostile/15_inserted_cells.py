"""Extra cells everywhere (scratch work, a helper used by an answer). Must get: full marks."""

from __future__ import annotations

import nbformat

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    for position in range(len(notebook.cells), 0, -3):
        notebook.cells.insert(position, nbformat.v4.new_code_cell("scratch = 1 + 1"))
    notebook.cells.insert(0, nbformat.v4.new_markdown_cell("My notes"))
