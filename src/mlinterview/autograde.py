"""Autograde (after inspection): nbgrader's autograde of one submission.

``autograde`` grades into the course gradebook (a learner grading themselves). A class run
grades several submissions at once, and SQLite takes one writer at a time while nbgrader's
autograde writes to the gradebook as it runs, so there each worker process runs
``autograde_submission`` into a private copy of the gradebook (``base_gradebook``); the
record stage then writes the results into the course gradebook one at a time.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mlinterview.course import (
    CourseError,
    _raise_unless_ok,
    kernel_stderr_captured,
    load_config,
    make_api,
)
from mlinterview.inspection import inspect_submission
from mlinterview.sandbox import unavailable_reason as sandbox_unavailable_reason

#: ``on_exercise(name, number, total)``: the grading kernel starts an exercise's tests.
ExerciseListener = Callable[[str, int, int], None]


def autograde(
    root: Path,
    lesson: str,
    student: str,
    on_exercise: ExerciseListener | None = None,
    notebook: str | None = None,
) -> None:
    """nbgrader autograde of submitted/STUDENT/LESSON, into the course gradebook; with
    ``notebook``, of that notebook only (one practice question: nbgrader's ``--notebook``).

    ``on_exercise(name, number, total)`` is called as each exercise's tests start (progress).
    """
    api = make_api(root, **({"notebook_id": notebook} if notebook else {}))
    if api.config.LimitedKernelManager.get("sandbox") and (reason := sandbox_unavailable_reason()):
        raise CourseError(
            f"nbgrader_config.py asks for the grading sandbox, which cannot run: {reason}."
        )
    if on_exercise is not None:
        api.config.GuardedExecute.on_exercise = on_exercise
    with kernel_stderr_captured() as captured:
        result = api.autograde(lesson, student, force=True, create=True)
        if not result.get("success"):
            result["log"] = (result.get("log") or "") + "\n" + captured()
    _raise_unless_ok(result, "Autograding")


@dataclass
class SubmissionResult:
    student: str
    seconds: float = 0.0
    problem: str = ""  # why it could not be graded; empty when it was
    notes: list[str] = field(default_factory=list)  # what was restored before grading


def autograde_submission(
    root: str, lesson: str, student: str, base_db: str, scratch: str, sandbox: bool = False
) -> SubmissionResult:
    """In a worker: inspect one submission and autograde it into a private copy of the
    gradebook ``base_db`` (autograded/STUDENT/LESSON is what it leaves); with ``sandbox``,
    its kernel runs in the grading sandbox (``mlinterview.sandbox``)."""
    start = time.perf_counter()
    course = Path(root)
    problem, notes = inspect_submission(course, lesson, student)
    if not problem:
        job_db = Path(scratch) / f"{student}.db"
        shutil.copy(base_db, job_db)
        api = make_api(course, db_url=f"sqlite:///{job_db}")
        if sandbox:
            api.config.LimitedKernelManager.sandbox = True
        with warnings.catch_warnings(), kernel_stderr_captured():
            warnings.simplefilter("ignore")  # SQLAlchemy's, from nbgrader: noise in a class run
            result = api.autograde(lesson, student, force=True, create=True)
        if not result.get("success"):
            problem = failure_reason(result, notes)
        job_db.unlink(missing_ok=True)
    return SubmissionResult(student, time.perf_counter() - start, problem, notes)


def failure_reason(result: dict, notes: list[str]) -> str:
    """Why nbgrader could not autograde a submission, from its result and the inspection."""
    log = (result.get("error") or "") + "\n" + (result.get("log") or "")
    raised = [
        line.strip()
        for line in log.splitlines()
        if re.match(r"\s*[A-Za-z_.]*(Error|Exception)\b.*:", line)
    ]
    reason = raised[-1][:200] if raised else "see nbgrader's log"
    if any("deleted" in note or "no cells" in note for note in notes):
        return (
            "cells were deleted that nbgrader cannot restore (an exercise's answer and test "
            f"cells, or all of them; nbgrader said {reason!r}). Start from a fresh copy of the "
            "lesson and copy the answers into it."
        )
    return f"nbgrader could not autograde it ({reason})."


def base_gradebook(root: Path, lesson: str, scratch: Path) -> Path:
    """A gradebook holding the lesson (what autograde reads), for the workers to copy: a
    snapshot of the course's SQLite gradebook (nothing writes to it yet), else a fresh one."""
    base = scratch / "base.db"
    db_url = load_config(root).CourseDirectory.db_url
    if db_url.startswith("sqlite:///"):
        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as source:
            with sqlite3.connect(base) as target:
                source.backup(target)
        return base
    release = scratch / "release"
    api = make_api(root, db_url=f"sqlite:///{base}", release_directory=str(release))
    result = api.generate_assignment(lesson, force=True, create=True)
    if not result.get("success"):
        raise CourseError(f"Recording {lesson} failed:\n{result.get('log') or ''}")
    return base
