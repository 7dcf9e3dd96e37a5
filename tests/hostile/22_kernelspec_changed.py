"""The notebook asks for another kernel. Must get: full marks: grading always uses the course's
python3 kernel."""

from __future__ import annotations

LESSON = "01-interview-framework"
LOSES = []
SAYS = []


def edit(notebook) -> None:
    notebook.metadata["kernelspec"] = {"name": "evil", "display_name": "Evil", "language": "python"}
