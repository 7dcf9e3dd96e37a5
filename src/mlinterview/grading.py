"""Self-assessment: submit the learner's copy of a lesson to nbgrader and grade it.

Runs nbgrader's autograde and feedback through its Python API in this process (one start-up
instead of three command-line runs). The learner's notebooks/ copy is only read.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import nbformat

from mlinterview.classroom import inspect_submission
from mlinterview.course import (
    CourseError,
    _raise_unless_ok,
    check_lesson,
    ensure_gradebook,
    kernel_stderr_captured,
    make_api,
)
from mlinterview.feedback import write_reports
from mlinterview.report import LessonReport, write_record

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
    for notebook in notebooks:
        _check_readable(root, lesson, notebook)
    target = root / "submitted" / student / lesson
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(workspace, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f %Z")
    (target / "timestamp.txt").write_text(stamp)
    return target


def _check_readable(root: Path, lesson: str, notebook: Path) -> None:
    try:
        nbformat.validate(nbformat.read(notebook, as_version=4))
    except Exception as error:  # invalid JSON, not a notebook, or a broken schema
        detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise CourseError(
            f"{notebook} is not a notebook nbgrader can read ({detail}). Nothing was graded. "
            f"A fresh copy of the lesson is release/{lesson}/{notebook.name}; copy your answers "
            "into it."
        ) from None


def autograde(root: Path, lesson: str, student: str, feedback: bool = True) -> None:
    """nbgrader autograde (and generate_feedback) for one submitted lesson."""
    api = make_api(root)
    with kernel_stderr_captured() as captured:
        result = api.autograde(lesson, student, force=True, create=True)
        if not result.get("success"):
            result["log"] = (result.get("log") or "") + "\n" + captured()
    _raise_unless_ok(result, "Autograding")
    if feedback:
        _raise_unless_ok(api.generate_feedback(lesson, student, force=True), "Feedback")


def grade(
    root: Path, lesson: str, student: str = DEFAULT_STUDENT, workspace: Path | None = None
) -> LessonReport:
    """Submit, autograde, write feedback and the rubric reports; return the lesson's report."""
    check_lesson(root, lesson)
    submit(root, lesson, student, workspace)
    ensure_gradebook(root, lesson)
    _, notes = inspect_submission(root, lesson, student)  # unreadable ones: submit refused
    write_record(root, student, lesson, "", notes)
    autograde(root, lesson, student)
    report, _ = write_reports(root, lesson, student)
    return report
