"""Self-assessment: submit the learner's copy of a lesson to nbgrader and grade it.

Runs nbgrader's autograde and feedback through its Python API in this process (one start-up
instead of three command-line runs). The learner's notebooks/ copy is only read.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from mlinterview.course import (
    CourseError,
    _raise_unless_ok,
    check_lesson,
    ensure_gradebook,
    make_api,
)
from mlinterview.report import LessonReport, build_report

DEFAULT_STUDENT = "learner"


def submit(root: Path, lesson: str, student: str, workspace: Path | None = None) -> Path:
    """Copy ``workspace`` (default notebooks/LESSON) to nbgrader's submitted/STUDENT/LESSON."""
    workspace = workspace or root / "notebooks" / lesson
    notebooks = sorted(workspace.glob("*.ipynb")) if workspace.is_dir() else []
    if not notebooks:
        raise CourseError(
            f"No notebook to grade in {workspace}. Run `make lab` once to copy the lessons into "
            "notebooks/, or pass the folder that holds your copy."
        )
    target = root / "submitted" / student / lesson
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(workspace, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f %Z")
    (target / "timestamp.txt").write_text(stamp)
    return target


def autograde(root: Path, lesson: str, student: str, feedback: bool = True) -> None:
    """nbgrader autograde (and generate_feedback) for one submitted lesson."""
    api = make_api(root)
    _raise_unless_ok(api.autograde(lesson, student, force=True, create=True), "Autograding")
    if feedback:
        _raise_unless_ok(api.generate_feedback(lesson, student, force=True), "Feedback")


def grade(
    root: Path, lesson: str, student: str = DEFAULT_STUDENT, workspace: Path | None = None
) -> LessonReport:
    """Submit, autograde, write feedback, and return the rubric report."""
    check_lesson(root, lesson)
    submit(root, lesson, student, workspace)
    ensure_gradebook(root, lesson)
    autograde(root, lesson, student)
    return build_report(root, lesson, student)
