"""A learner uses plain nbgrader: `mlinterview submit LESSON`, then nbgrader's own `autograde`
and `generate_feedback`, as nbgrader documents them (README, the learner's loop); and
`nbgrader validate` starts with a line per exercise (mlinterview.validation)."""

from __future__ import annotations

import subprocess
import sys

import nbformat
import pytest
from course_harness import make_scratch_course, notebook_path, write_submission

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


def test_nbgrader_validate_starts_with_one_line_per_exercise(tmp_path):
    course = make_scratch_course(tmp_path / "course", recorded=[])
    source = nbformat.read(notebook_path(course / "source", LESSON), 4)
    solved = next(
        c for c in source.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "standardize"
    )
    folder = write_submission(
        course, LESSON, tmp_path / "mine", {"standardize": solved.source}, "release"
    )

    text = _run(course, "nbgrader", "validate", str(folder / f"{LESSON}.ipynb"))
    summary = text[text.index("1 of 5 exercises") :].split("\n\n")[0].splitlines()
    assert summary == [
        "1 of 5 exercises pass their visible checks, 4 are not attempted:",
        "  passes         standardize",
        "  not attempted  pairwise_sq_distances",
        "  not attempted  softmax",
        "  not attempted  one_hot",
        "  not attempted  quiz_answers",
    ]
    assert text.index("1 of 5 exercises") < text.index("The following cell failed:")
