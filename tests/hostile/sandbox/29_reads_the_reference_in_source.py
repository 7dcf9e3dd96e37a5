"""Reads the lesson's source notebook (every solution and hidden test) from the course folder
and runs its softmax solution. Must get: 0 for test_softmax_stable in the sandbox, where
source/ does not exist; without the sandbox the stolen solution earns every point."""

from __future__ import annotations

from _tricks import COURSE_ROOT, LESSON, PORT_VARIABLE, with_trick  # noqa: F401

LOSES = ["test_softmax_stable"]
SAYS = []
WRITES: list[str] = []


def edit(notebook) -> None:
    with_trick(
        notebook,
        f"""
import json
course = {COURSE_ROOT}
source = json.loads((course / "source" / "{LESSON}" / "{LESSON}.ipynb").read_text())
for stolen in source["cells"]:
    if stolen["metadata"].get("nbgrader", {{}}).get("grade_id") == "softmax":
        exec("".join(stolen["source"]))
""",
    )
