"""Opens the course's gradebook.db, reads the class list and the hidden test cells, and with
them in hand writes itself a stable softmax. Must get: 0 for test_softmax_stable in the
sandbox, where the gradebook does not exist; without the sandbox the gradebook opens and the
trick earns every point."""

from __future__ import annotations

from _tricks import COURSE_ROOT, with_trick

LOSES = ["test_softmax_stable"]
SAYS = []
WRITES: list[str] = []


def edit(notebook) -> None:
    with_trick(
        notebook,
        f"""
import sqlite3
path = {COURSE_ROOT} / "gradebook.db"
gradebook = sqlite3.connect(f"file:{{path}}?mode=ro", uri=True)
students = [row[0] for row in gradebook.execute("SELECT id FROM student")]
tests = gradebook.execute("SELECT source FROM source_cell WHERE name = 'test_softmax_stable'")
assert tests.fetchall(), "no hidden tests in this gradebook"
print("read the gradebook:", len(students), "students")
def softmax(z, axis=-1):
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
""",
    )
