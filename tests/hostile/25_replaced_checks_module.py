"""An unstable softmax, and an answer cell that puts a fake `mlinterview.checks` into
`sys.modules` (so `from mlinterview import checks` in a test cell would import it). Must get: 0 for
test_softmax_stable."""

from __future__ import annotations

from _common import UNSTABLE_SOFTMAX, cell

LESSON = "01-interview-framework"
LOSES = ["test_softmax_stable"]
SAYS = []


def edit(notebook) -> None:
    cell(notebook, "softmax").source = (
        UNSTABLE_SOFTMAX
        + """
import sys, types
import mlinterview
_fake = types.ModuleType("mlinterview.checks")
_fake.__getattr__ = lambda name: (lambda *args, **kwargs: None)
sys.modules["mlinterview.checks"] = _fake
mlinterview.checks = _fake
"""
    )
