"""Copies the softmax answer of another student (the honest one) from submitted/. Must get: 0
for test_softmax_stable in the sandbox, where no other student's folder exists; without the
sandbox the copied answer earns every point."""

from __future__ import annotations

from _tricks import COURSE_ROOT, LESSON, with_trick

LOSES = ["test_softmax_stable"]
SAYS = []
WRITES: list[str] = []


def edit(notebook) -> None:
    with_trick(
        notebook,
        f"""
import json
course = {COURSE_ROOT}
other = json.loads((course / "submitted" / "honest" / "{LESSON}" / "{LESSON}.ipynb").read_text())
for copied in other["cells"]:
    if copied["metadata"].get("nbgrader", {{}}).get("grade_id") == "softmax":
        exec("".join(copied["source"]))
""",
    )
