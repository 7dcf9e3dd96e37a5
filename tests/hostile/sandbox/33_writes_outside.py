"""Writes outside its own folder: a file in the course folder, a line into the honest
student's submission, a file in the grading machine's /tmp; if any write lands it writes
itself a stable softmax. Must get: 0 for test_softmax_stable in the sandbox, where its folder
is read-only and the rest is not the course; nothing outside changes. Without the sandbox the
writes land and the trick earns every point."""

from __future__ import annotations

from _tricks import COURSE_ROOT, LESSON, with_trick

LOSES = ["test_softmax_stable"]
SAYS = []
#: What it tries to write, relative to the course folder (the test checks none appears).
WRITES = ["written-by-a-submission.txt", f"submitted/honest/{LESSON}/written-by-a-submission.txt"]


def edit(notebook) -> None:
    with_trick(
        notebook,
        f"""
course = {COURSE_ROOT}
landed = 0
for relative in {WRITES!r}:
    try:
        (course / relative).write_text("pwned")
        landed += 1
    except OSError as error:
        print("could not write", relative, error)
try:
    with open("{LESSON}.ipynb", "a") as own:  # its own submission, to grade differently
        own.write(" ")
    landed += 1
except OSError as error:
    print("could not change its own notebook:", error)
if landed:
    def softmax(z, axis=-1):
        e = np.exp(z - np.max(z, axis=axis, keepdims=True))
        return e / e.sum(axis=axis, keepdims=True)
""",
    )
