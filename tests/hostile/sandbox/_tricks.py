"""What the sandbox tricks share: each replaces the softmax answer with an unstable one and
then tries to get a stable one by a way out of the sandbox; a trick that works earns the
softmax points it would not have earned, so a grade measures whether the way was closed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the hostile _common.py
from _common import UNSTABLE_SOFTMAX, cell  # noqa: E402

LESSON = "01-interview-framework"
#: Where a trick finds the course: nbgrader runs the notebook in autograded/STUDENT/LESSON.
COURSE_ROOT = "__import__('pathlib').Path.cwd().parents[2]"
#: The port of the answer server the sandbox test runs on loopback (32_opens_a_socket).
PORT_VARIABLE = "MLINTERVIEW_TEST_ANSWER_PORT"


def with_trick(notebook, trick: str) -> None:
    """The softmax answer: unstable, then ``trick``, which may redefine ``softmax``; a trick
    that fails says what stopped it, and the unstable answer stays."""
    indented = "\n".join("    " + line for line in trick.strip().splitlines())
    cell(notebook, "softmax").source = (
        UNSTABLE_SOFTMAX + f"\ntry:\n{indented}\nexcept Exception as error:\n"
        "    print('the trick failed:', type(error).__name__, error)\n"
    )
