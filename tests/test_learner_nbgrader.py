"""A learner grades with plain nbgrader: `mlinterview submit LESSON`, then nbgrader's own
`autograde` and `generate_feedback`, as nbgrader documents them (README, the learner's loop)."""

from __future__ import annotations

import subprocess
import sys

import nbformat
import pytest
from course_harness import make_scratch_course, notebook_path

from mlinterview import report
from mlinterview.course import copy_missing_lessons

pytestmark = pytest.mark.course
LESSON = "01-interview-framework"


def _run(course, *command: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", *command], cwd=course, capture_output=True, text=True, timeout=300
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    return log


def test_submit_then_plain_nbgrader_grades_an_unedited_notebook_without_warnings(tmp_path):
    course = make_scratch_course(tmp_path / "course", recorded=[])  # submit records the lesson
    copy_missing_lessons(course)  # what `make lab` leaves: the learner's untouched copy

    said = _run(course, "mlinterview.cli", "submit", LESSON)
    assert f"nbgrader autograde {LESSON}" in said
    submitted = course / "submitted" / "learner" / LESSON
    assert (submitted / "timestamp.txt").is_file()

    log = _run(course, "nbgrader", "autograde", LESSON)
    assert "No notebooks were matched" not in log
    # Hidden tests go back into an unedited notebook silently (sanitize.RestoreHiddenTests).
    assert "has changed" not in log, log
    graded = nbformat.read(notebook_path(course / "autograded" / "learner", LESSON), 4)
    assert any("BEGIN HIDDEN TESTS" in cell.source for cell in graded.cells)
    checks = report.build_report(course, LESSON, "learner").checks
    auto = [c for c in checks if c.kind == "autograded"]
    assert auto and all(c.score == 0 and c.status == report.NOT_ATTEMPTED for c in auto)

    _run(course, "nbgrader", "generate_feedback", LESSON)
    assert (course / "feedback" / "learner" / LESSON / f"{LESSON}.html").is_file()
