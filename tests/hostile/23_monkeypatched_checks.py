"""An unstable softmax, and an answer cell that turns every check in mlinterview.checks into a
no-op. Must get: 0 for test_softmax_stable: the checks are put back before every test cell."""

from __future__ import annotations

from _common import UNSTABLE_SOFTMAX, cell

LESSON = "01-interview-framework"
LOSES = ["test_softmax_stable"]
SAYS = []


def edit(notebook) -> None:
    cell(notebook, "softmax").source = (
        UNSTABLE_SOFTMAX
        + """
from mlinterview import checks as _checks
for _name in dir(_checks):
    if _name.startswith("check"):
        setattr(_checks, _name, lambda *args, **kwargs: None)
"""
    )
