"""Kills its grading process (the kernel's parent) and every process it may signal, and
then answers honestly. Must get: every point, with no other submission touched: in the
sandbox the kernel sees only its own processes, so the grader and the class run go on (without
the sandbox this is test_classroom's killed worker: a retry for the whole pool)."""

from __future__ import annotations

from _common import cell

LOSES: list[str] = []
SAYS = []
WRITES: list[str] = []
NO_CONTROL = True  # without the sandbox it would kill the test run itself


def edit(notebook) -> None:
    answer = cell(notebook, "softmax")
    answer.source += """
import os, signal
for target in (os.getppid(), 1):
    try:
        os.kill(target, signal.SIGKILL)
    except OSError as error:
        print("could not kill", target, error)
"""
