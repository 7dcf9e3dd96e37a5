"""What the grading sandbox costs: a class run of lesson 01 with and without it.

Times 12 submissions of lesson 01 (half solved, half untouched) with 2 workers, in the grading
sandbox (``mlinterview.sandbox``) and without it, in the order A B B A so that a drift of the
machine's load weighs on both; also the start of one kernel, each way. Run with
``python tools/bench_sandbox.py``; it asserts nothing. The result is in the README ("Sandbox").
"""

from __future__ import annotations

import sys
import tempfile
import time
import warnings
from pathlib import Path

from bench_course import make_class_course
from nbformat.v4 import new_code_cell, new_notebook
from traitlets.config import Config

from mlinterview import sandbox
from mlinterview.classroom import autograde_class
from mlinterview.grading_kernel import GuardedExecute

LESSON = "01-interview-framework"
SIZE = 12
WORKERS = 2


def make_course(folder: Path) -> list[str]:
    return make_class_course(folder, LESSON, SIZE)


def one_kernel(folder: Path, boxed: bool) -> float:
    """Seconds to start a grading kernel and run one cell in it."""
    config = Config()
    config.LimitedKernelManager.sandbox = boxed
    config.CourseDirectory.root = str(folder)
    start = time.perf_counter()
    GuardedExecute(config=config, kernel_name="python3").preprocess(
        new_notebook(cells=[new_code_cell("1 + 1")]), {"metadata": {"path": str(folder)}}
    )
    return time.perf_counter() - start


def main() -> None:
    warnings.filterwarnings("ignore", module="nbgrader")
    reason = sandbox.unavailable_reason()
    if reason:
        raise SystemExit(f"bench_sandbox: {reason}")
    seconds: dict[bool, list[float]] = {True: [], False: []}
    kernel: dict[bool, list[float]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as scratch:
        for run, boxed in enumerate([True, False, False, True]):
            course = Path(scratch) / f"course{run}"
            students = make_course(course)
            kernel[boxed].append(one_kernel(course, boxed))
            start = time.perf_counter()
            results = autograde_class(course, LESSON, students, WORKERS, None, sandbox=boxed)
            seconds[boxed].append(time.perf_counter() - start)
            assert not [r.problem for r in results if r.problem]
            name = "sandbox" if boxed else "no sandbox"
            print(f"{name:<12}{seconds[boxed][-1]:6.1f} s", flush=True)
    print(f"\n{SIZE} submissions of {LESSON}, {WORKERS} workers:")
    for boxed, name in ((True, "sandbox"), (False, "no sandbox")):
        runs = " and ".join(f"{s:.1f}" for s in seconds[boxed])
        starts = " and ".join(f"{s:.2f}" for s in kernel[boxed])
        print(f"  {name:<12}{runs} s (one kernel started, one cell run: {starts} s)")


if __name__ == "__main__":
    sys.exit(main())
