"""The grading pipeline on real notebooks: source, release, one wrong answer, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import nbformat
import pytest
from course_harness import (
    CATALOG,
    exercise_cells,
    grade_folder,
    leaked_hidden_lines,
    notebook_path,
    readable_text,
    scores,
    write_submission,
)

from mlinterview import grading, report
from mlinterview.course import copy_missing_lessons, load_config

LESSONS = list(CATALOG)
pytestmark = pytest.mark.course


def _grade_with_feedback(course, lesson, student, folder):
    """The learner's command: submit, autograde, nbgrader's feedback and the rubric reports."""
    return grading.grade(course, lesson, student, folder)


@pytest.mark.parametrize("lesson", LESSONS)
def test_source_gets_full_marks(course, lesson):
    result = _grade_with_feedback(course, lesson, "reference", course / "source" / lesson)
    auto = [c for c in result.checks if c.kind == "autograded"]
    assert auto and all(c.status == report.PASSED and c.score == c.max_score for c in auto), [
        (c.grade_id, c.message) for c in auto if c.status != report.PASSED
    ]
    manual = [c for c in result.checks if c.kind == "manual"]
    assert all(c.status == report.AWAITING_REVIEW for c in manual)
    # Every cell ran top to bottom without an error.
    graded = nbformat.read(notebook_path(course / "autograded" / "reference", lesson), 4)
    errors = [o for c in graded.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors, errors
    # Feedback shows every cell, none of a hidden test's code.
    assert not leaked_hidden_lines(course / "feedback" / "reference" / lesson, [lesson])


@pytest.mark.parametrize("lesson", LESSONS)
def test_release_gets_zero_and_completes(course, lesson):
    result = _grade_with_feedback(course, lesson, "untouched", course / "release" / lesson)
    assert result.max_score > 0
    assert result.score == 0, [(c.grade_id, c.score) for c in result.checks if c.score]
    # Untouched exercises read as "not attempted", never as a crash.
    statuses = {c.status for c in result.checks}
    assert statuses == {report.NOT_ATTEMPTED}, [(c.grade_id, c.message) for c in result.checks]
    # Every test cell raised, so nbgrader's page would quote hidden tests in its tracebacks.
    folder = course / "feedback" / "untouched" / lesson
    assert not leaked_hidden_lines(folder, [lesson])
    page = readable_text(folder / f"{lesson}.html")
    # Test cells say what the checks found in one line (answer cells keep their tracebacks).
    assert "Rubric summary" in page and "NotAttempted: " in page


def test_grading_builds_each_report_once(course, monkeypatch):
    """One `mlinterview grade` builds the lesson's report once (nbgrader's feedback page, the
    report files and the course report share it) and each other graded lesson's once."""
    earlier, lesson = "04-ml-operations", "01-interview-framework"
    grading.grade(course, earlier, "counted", course / "release" / earlier)
    built: Counter[tuple[str, str]] = Counter()
    original = report.build_report

    def counting(root, lesson, student, question=None):
        built[(lesson, student)] += 1
        return original(root, lesson, student, question)

    for module in list(sys.modules.values()):  # every module that holds build_report
        if getattr(module, "__name__", "").startswith("mlinterview"):
            if getattr(module, "build_report", None) is original:
                monkeypatch.setattr(module, "build_report", counting)
    result = grading.grade(course, lesson, "counted", course / "release" / lesson)
    assert built == {(lesson, "counted"): 1, (earlier, "counted"): 1}
    folder = course / "feedback" / "counted"
    assert "Rubric summary" in readable_text(folder / lesson / f"{lesson}.html")
    assert result.feedback == [folder / lesson / f"{lesson}.html"]
    saved = json.loads((folder / "course-report.json").read_text())
    assert [r["lesson"] for r in saved["lessons"]] == [lesson, earlier]
    assert saved["lessons"][0] == json.loads((folder / lesson / "rubric-report.json").read_text())


def test_stock_feedback_would_leak_hidden_tests(course, tmp_path):
    """The leak detector finds hidden tests in nbgrader's feedback without this course's
    preprocessors, so its silence above means something."""
    lesson = "01-interview-framework"
    grade_folder(course, lesson, "stock", course / "release" / lesson)
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    config = load_config(course, feedback_directory=str(tmp_path / "stock"))
    config.GenerateFeedback.preprocessors = [  # nbgrader's default
        "nbgrader.preprocessors.GetGrades",
        "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
    ]
    api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
    assert api.generate_feedback(lesson, "stock", force=True)["success"]
    leaks = leaked_hidden_lines(tmp_path / "stock", [lesson])
    assert leaks and len(next(iter(leaks.values()))) > 10, leaks


UNSTABLE_SOFTMAX = """
def softmax(z, axis=-1):
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)
"""


def test_one_wrong_answer_loses_exactly_that_exercise(course, tmp_path):
    lesson = "01-interview-framework"
    folder = write_submission(course, lesson, tmp_path / "sub", {"softmax": UNSTABLE_SOFTMAX})
    result = grading.grade(course, lesson, "one-wrong", folder)
    got = scores(result)
    softmax_cells = exercise_cells(course, lesson, "softmax")
    for cell, (score, max_score) in got.items():
        if cell == "test_softmax_stable":
            assert score == 0
        elif cell.startswith("test_"):
            assert score == max_score, cell
    assert "test_softmax_stable" in softmax_cells
    failed = [c for c in result.checks if c.status == report.FAILED]
    assert [c.grade_id for c in failed] == ["test_softmax_stable"]
    assert "NaN or infinite" in failed[0].message
    assert failed[0].dimension == "implementation"
    # nbgrader's feedback for the learner names the failed check and its message.
    html = (course / "feedback" / "one-wrong" / lesson / f"{lesson}.html").read_text()
    assert "test_softmax_stable" in html and "NaN or infinite" in html


def _cli(course: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mlinterview.cli", *args],
        cwd=course,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_cli_grades_the_learner_copy(course):
    lesson = "01-interview-framework"
    assert _cli(course, "setup").returncode == 0
    untouched = _cli(course, "grade", lesson)
    assert untouched.returncode == 0, untouched.stderr
    total = sum(c.points for c in report.rubric.lesson_grade_cells(course / "source", lesson))
    assert f"Total: 0 / {total:g} points" in untouched.stdout
    assert "not attempted" in untouched.stdout
    for title in ("Problem understanding", "Implementation", "Communication", "ML algorithms"):
        assert title in untouched.stdout
    # After the lesson's report, the course's totals only: no lesson's details a second time.
    assert untouched.stdout.count("To look at, by section of the notebook:") == 1
    assert "Course report (learner): 1 of" in untouched.stdout
    # nbgrader's page, through the course's template: checks named, nothing from the network.
    page = (course / "feedback" / "learner" / lesson / f"{lesson}.html").read_text()
    assert "standardize · test_standardize_constant</a>" in page
    assert "cdnjs" not in page and "MathJax" not in page

    manual = sum(
        c.points
        for c in report.rubric.lesson_grade_cells(course / "source", lesson)
        if c.kind == "manual"
    )
    # Graded once, as JSON; `report` below prints the same grades as text.
    as_json = _cli(
        course, "grade", lesson, "--student", "solved", "--notebooks", f"source/{lesson}", "--json"
    )
    data = json.loads(as_json.stdout)
    assert data["max_score"] == total and data["score"] == total - manual
    assert sum(d["max_score"] for d in data["dimensions"]) == total
    assert data["band"] == "strong hire" and data["provisional"]

    # The three forms of both reports, written beside nbgrader's feedback page.
    folder = course / "feedback" / "solved"
    saved = json.loads((folder / lesson / "rubric-report.json").read_text())
    assert saved["score"] == data["score"] and saved["band"] == data["band"]
    text = (folder / lesson / "rubric-report.txt").read_text()
    assert f"Total: {total - manual:g} / {total:g} points" in text
    assert "What a strong answer contains: clarify_and_plan" in text
    page = (folder / lesson / "rubric-report.html").read_text()
    assert "data:image/png;base64," in page and "What a strong answer contains" in page
    course_data = json.loads((folder / "course-report.json").read_text())
    assert [r["lesson"] for r in course_data["lessons"]] == [lesson]
    assert course_data["score"] == data["score"] and lesson not in course_data["not_graded"]
    assert "Course report (solved): 1 of" in (folder / "course-report.txt").read_text()

    # `report` rereads the gradebook without grading again.
    again = _cli(course, "report", lesson, "--student", "solved")
    assert again.returncode == 0, again.stderr
    assert f"Total: {total - manual:g} / {total:g} points" in again.stdout
    assert "awaiting review" in again.stdout
    missing = _cli(course, "report", lesson, "--student", "nobody")
    assert missing.returncode == 2 and "no graded submission" in missing.stderr


def test_cli_explains_a_missing_lesson(course):
    result = _cli(course, "grade", "99-nope")
    assert result.returncode == 2
    assert "No lesson '99-nope'" in result.stderr


def test_setup_never_overwrites_the_learner_copy(course, tmp_path):
    lesson = "01-interview-framework"
    mine = course / "notebooks" / lesson / f"{lesson}.ipynb"
    copy_missing_lessons(course)
    mine.write_text(mine.read_text().replace("YOUR CODE HERE", "my work in progress"))
    before = mine.read_bytes()
    assert copy_missing_lessons(course) == []
    assert mine.read_bytes() == before


def _run(course, *command: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", *command], cwd=course, capture_output=True, text=True, timeout=300
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    return log


def test_after_mlinterview_submit_plain_nbgrader_grades_without_warnings(course):
    """The learner's one documented step, then nbgrader's own autograde and generate_feedback
    (README, the learner's loop): an unedited notebook grades with no checksum warning."""
    lesson = "01-interview-framework"
    copy_missing_lessons(course)  # what `make lab` leaves: the learner's untouched copy
    said = _run(course, "mlinterview.cli", "submit", lesson, "--student", "plain")
    assert f"nbgrader autograde {lesson}" in said
    assert (course / "submitted" / "plain" / lesson / "timestamp.txt").is_file()

    log = _run(course, "nbgrader", "autograde", lesson, "--student", "plain", "--force")
    assert "No notebooks were matched" not in log
    # Hidden tests go back into an unedited notebook silently (sanitize.RestoreHiddenTests).
    assert "has changed" not in log, log
    graded = nbformat.read(notebook_path(course / "autograded" / "plain", lesson), 4)
    assert any("BEGIN HIDDEN TESTS" in cell.source for cell in graded.cells)
    auto = [c for c in report.build_report(course, lesson, "plain").checks]
    auto = [c for c in auto if c.kind == "autograded"]
    assert auto and all(c.score == 0 and c.status == report.NOT_ATTEMPTED for c in auto)

    _run(course, "nbgrader", "generate_feedback", lesson, "--student", "plain", "--force")
    assert (course / "feedback" / "plain" / lesson / f"{lesson}.html").is_file()


def test_nbgrader_validate_starts_with_one_line_per_exercise(course, tmp_path):
    lesson = "01-interview-framework"
    source = nbformat.read(notebook_path(course / "source", lesson), 4)
    solved = next(
        c for c in source.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "standardize"
    )
    folder = write_submission(
        course, lesson, tmp_path / "mine", {"standardize": solved.source}, "release"
    )
    text = _run(course, "nbgrader", "validate", str(folder / f"{lesson}.ipynb"))
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


def test_an_unreadable_notebook_gets_a_clear_message_and_nothing_is_lost(course, tmp_path):
    lesson = "01-interview-framework"
    folder = tmp_path / "broken"
    folder.mkdir()
    broken = folder / f"{lesson}.ipynb"
    broken.write_text('{"cells": [')
    result = _cli(course, "grade", lesson, "--student", "broken", "--notebooks", str(folder))
    assert result.returncode == 2
    assert "is not a notebook nbgrader can read" in result.stderr
    assert "Traceback" not in result.stderr
    assert broken.read_text() == '{"cells": ['


def test_an_edited_test_cell_is_restored_before_grading(course, tmp_path):
    """A learner who weakens a visible test cell still meets the original (hidden) tests."""
    lesson = "01-interview-framework"
    folder = write_submission(course, lesson, tmp_path / "sub", {"softmax": UNSTABLE_SOFTMAX})
    path = folder / f"{lesson}.ipynb"
    notebook = nbformat.read(path, 4)
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "test_softmax_stable":
            cell.source = "pass"
    nbformat.write(notebook, path)
    got = scores(grade_folder(course, lesson, "edited-test", folder))
    assert got["test_softmax_stable"][0] == 0


PRACTICE_SET = "practice-ml-algorithms"


def test_practice_set_release_gets_zero_as_not_attempted(course):
    """Every question of the set in one nbgrader run: the released stubs score 0, each check
    saying "not attempted". (The references keep every point in the variant sheets'
    test_the_lesson_after_the_variants_keeps_full_marks.)"""
    untouched = grade_folder(course, PRACTICE_SET, "untouched", course / "release" / PRACTICE_SET)
    assert len({c.notebook for c in untouched.checks}) == 8
    assert {c.status for c in untouched.checks} == {report.NOT_ATTEMPTED}


def test_a_practice_question_grades_alone_with_its_hints_cost(course):
    """The learner's loop: a hint, grading one question (its report says what the hint cost),
    the attempt kept, then the reference solution."""
    from mlinterview.history import read_attempts
    from mlinterview.practice import find_question, next_hint

    student = "practising"
    refused = _cli(course, "solution", PRACTICE_SET, "pca", "--student", student)
    assert refused.returncode == 2 and "grade" in refused.stderr
    question = find_question(course, "pca", PRACTICE_SET)
    assert next_hint(course, student, question)[0] == 1
    assert next_hint(course, student, question)[0] == 2
    folder = course / "source" / PRACTICE_SET  # the reference answers: every check passes
    graded = _cli(
        course,
        "grade",
        PRACTICE_SET,
        "--question",
        "pca",
        "--student",
        student,
        "--notebooks",
        str(folder),
    )
    assert graded.returncode == 0, graded.stderr
    assert "Rubric report: practice-ml-algorithms · pca" in graded.stdout
    assert "2 hints used: -1.4 points" in graded.stdout
    assert "Total: 5.6 / 7 points" in graded.stdout
    assert "Course report" not in graded.stdout  # practice is not part of the course report
    (attempt,) = read_attempts(course, student)
    assert attempt.question == "pca" and attempt.passed and attempt.hints == 2
    shown = _cli(course, "solution", PRACTICE_SET, "pca", "--student", student)
    assert shown.returncode == 0, shown.stderr
    assert "def pca(" in shown.stdout and "BEGIN SOLUTION" not in shown.stdout
