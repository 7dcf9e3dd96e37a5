"""The instructor's loop, end to end, with nbgrader's own commands and a local exchange:
generate, release, fetch and submit as two students, collect, autograde, grade a written answer
by hand, feedback out and back, export; the exported grades agree with the rubric reports."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from course_harness import answer_cells, leaked_hidden_lines, notebook_path, readable_text

from mlinterview import regions, report
from mlinterview.course import load_config

pytestmark = pytest.mark.course
LESSON = "01-interview-framework"
COURSE_ID = "ml-coding-interview"
PLAN = "clarify_and_plan"


def _run(args: list[str], cwd: Path, **extra) -> str:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600, **extra)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{output[-3000:]}"
    return output


def _solution(source: str) -> str:
    """An answer cell of source/ as a learner who solved it would write it."""
    return regions.without_markers(source)


@pytest.fixture(scope="module")
def loop(tmp_path_factory):
    base = tmp_path_factory.mktemp("loop")
    repo = Path(__file__).resolve().parents[1]
    course = base / "instructor"
    course.mkdir()
    for name in ("nbgrader_config.py",):
        (course / name).write_bytes((repo / name).read_bytes())
    _run(["cp", "-r", str(repo / "source"), str(course / "source")], base)
    exchange = base / "exchange"
    exchange.mkdir()
    exchange_flags = [f"--Exchange.root={exchange}"]

    def nbgrader(*args: str, cwd: Path = course, student: str | None = None) -> str:
        flags = [*exchange_flags]
        if student:  # in the student's own folder, as the README says
            flags += [f"--course={COURSE_ID}", f"--student={student}"]
            flags += [f"--Exchange.cache={base / student / '.cache'}"]
        return _run([sys.executable, "-m", "nbgrader", *args, *flags], cwd)

    nbgrader("generate_assignment", LESSON, "--force")
    nbgrader("release_assignment", LESSON)

    source = nbformat.read(notebook_path(course / "source", LESSON), 4)
    solutions = {k: _solution(c.source) for k, c in answer_cells(source).items()}
    plan = next(c for c in source.cells if c.metadata.get("nbgrader", {}).get("grade_id") == PLAN)
    answers = {
        # alice solves everything and writes a plan;
        "alice": solutions,
        # bob solves all but one_hot (off by one) and leaves the plan as the template.
        "bob": {
            **solutions,
            "one_hot": "def one_hot(y, n_classes=None):\n"
            "    y = np.asarray(y)\n"
            "    k = n_classes if n_classes is not None else int(y.max())\n"
            "    return (y[:, None] == np.arange(k)).astype(float)\n",
        },
    }
    for student, code in answers.items():
        home = base / student
        home.mkdir()
        nbgrader("fetch_assignment", LESSON, cwd=home, student=student)
        path = home / LESSON / f"{LESSON}.ipynb"
        notebook = nbformat.read(path, 4)
        for cell in notebook.cells:
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            if grade_id in code:
                cell.source = code[grade_id]
            if grade_id == PLAN and student == "alice":
                cell.source = _solution(plan.source)
        nbformat.write(notebook, path)
        nbgrader("submit", LESSON, cwd=home, student=student)

    nbgrader("collect", LESSON)
    autograde = _run(
        [sys.executable, "-m", "mlinterview.cli", "autograde", LESSON, "--workers", "2"], course
    )

    # Hand-grade alice's plan through the gradebook API, as the formgrader would.
    from nbgrader.api import Gradebook

    with Gradebook(load_config(course).CourseDirectory.db_url) as gradebook:
        grade = gradebook.find_grade(PLAN, LESSON, LESSON, "alice")
        assert grade.needs_manual_grade
        grade.manual_score = 2
        grade.needs_manual_grade = False
        comment = gradebook.find_comment(PLAN, LESSON, LESSON, "alice")
        comment.manual_comment = "Good questions; say how you would test the tie-breaking."
        gradebook.db.commit()

    nbgrader("generate_feedback", LESSON)
    nbgrader("release_feedback", LESSON)
    for student in answers:
        nbgrader("fetch_feedback", LESSON, cwd=base / student, student=student)
    nbgrader("export", f"--to={base / 'grades.csv'}")
    class_report = _run(
        [sys.executable, "-m", "mlinterview.cli", "class-report", LESSON, "--out", "reports"],
        course,
    )
    return base, course, autograde, class_report


def test_exported_grades_agree_with_the_rubric_reports(loop):
    base, course, autograde, _ = loop
    assert "[2/2]" in autograde
    exported = {row["student_id"]: row for row in csv.DictReader((base / "grades.csv").open())}
    assert set(exported) == {"alice", "bob"}
    totals = {}
    for student, row in exported.items():
        lesson_report = report.build_report(course, LESSON, student)
        assert float(row["score"]) == pytest.approx(lesson_report.score), student
        assert float(row["max_score"]) == pytest.approx(lesson_report.max_score)
        saved = json.loads(
            (course / "feedback" / student / LESSON / "rubric-report.json").read_text()
        )
        assert saved["score"] == pytest.approx(lesson_report.score)
        totals[student] = lesson_report
    # alice: every autograded point (18) and 2 of 3 by hand; bob loses one_hot (3 points)
    # and did not attempt the plan.
    assert totals["alice"].score == 20 and totals["alice"].pending == 0
    plan = next(c for c in totals["alice"].checks if c.grade_id == PLAN)
    assert plan.status == report.GRADED and plan.score == 2
    assert totals["bob"].score == 15
    assert {c.grade_id for c in totals["bob"].checks if c.status == report.FAILED} == {
        "test_one_hot",
        "test_one_hot_n_classes",
    }
    rows = {
        r["student"]: r for r in csv.DictReader((course / "reports" / "class-report.csv").open())
    }
    assert float(rows["alice"]["score"]) == 20 and float(rows["bob"]["score"]) == 15


def test_students_fetch_feedback_with_the_rubric_summary_and_no_hidden_test(loop):
    base, course, _, class_report = loop
    for student in ("alice", "bob"):
        pages = sorted((base / student / LESSON / "feedback").rglob("*.html"))
        assert pages, f"{student} fetched no feedback"
        text = readable_text(pages[0])
        assert "Rubric summary" in text and "Band: " in text
        assert not leaked_hidden_lines(base / student / LESSON / "feedback", [LESSON])
    alice = readable_text(next((base / "alice" / LESSON / "feedback").rglob("*.html")))
    assert "What a strong answer contains" in alice
    assert "Good questions; say how you would test the tie-breaking." in alice
    assert not leaked_hidden_lines(course / "feedback", [LESSON])
    assert "weakest first" in class_report
