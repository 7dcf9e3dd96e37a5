"""Grading a class: parallel grades equal nbgrader's own sequential ones, bad submissions get a
reason and change nobody else's grade, and the class report adds up."""

from __future__ import annotations

import csv
import json
import shutil
import time

import nbformat
import pytest
from course_harness import (
    SUBMISSIONS,
    leaked_hidden_lines,
    make_scratch_course,
    notebook_path,
    write_submission,
)

from mlinterview import classroom, report
from mlinterview.course import load_config, make_api

pytestmark = pytest.mark.course
LESSON = "01-interview-framework"

UNSTABLE_SOFTMAX = """
def softmax(z, axis=-1):
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)
"""


def _variant(exercise: str, name: str) -> str:
    return (SUBMISSIONS / LESSON / exercise / f"{name}.py").read_text()


def _edit(course, student, change) -> None:
    notebook = nbformat.read(notebook_path(course / "source", LESSON), 4)
    change(notebook)
    folder = course / "submitted" / student / LESSON
    folder.mkdir(parents=True)
    nbformat.write(notebook, folder / f"{LESSON}.ipynb")


def _edit_tests(notebook) -> None:
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution"):
            cell.source = "pass  # every check passes"


def _delete_softmax_tests(notebook) -> None:
    notebook.cells = [
        c
        for c in notebook.cells
        if not c.metadata.get("nbgrader", {}).get("grade_id", "").startswith("test_softmax")
    ]


def _exit_kernel(notebook) -> None:
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "softmax":
            cell.source += "\nimport os\nos._exit(1)\n"


def _kill_the_worker_once(marker):
    """The softmax answer kills its grading process (the kernel's parent), once: as the
    out-of-memory killer or an administrator would from outside."""

    def change(notebook) -> None:
        for cell in notebook.cells:
            if cell.metadata.get("nbgrader", {}).get("grade_id") == "softmax":
                cell.source += (
                    f"\nimport os, pathlib, signal\nif pathlib.Path({str(marker)!r}).exists():\n"
                    f"    pathlib.Path({str(marker)!r}).unlink()\n"
                    "    os.kill(os.getppid(), signal.SIGKILL)\n"
                )

    return change


def _submit(course, student, folder) -> None:
    shutil.copytree(folder, course / "submitted" / student / LESSON)


#: Submissions nbgrader can grade, and the points each must get (of 21; 3 await review).
GOOD = {
    "solved": 18,
    "untouched": 0,
    "wrong_softmax": 17,  # loses test_softmax_stable (1)
    "wrong_one_hot": 15,  # loses test_one_hot (2) and test_one_hot_n_classes (1)
    "right_one_hot": 18,
    "two_wrong": 14,
    "edited_tests": 18,  # the test cells are put back for grading
    "deleted_tests": 18,  # likewise
    "kernel_exits": 15,  # the softmax answer kills the kernel: its tests lose 3; grading goes on
    "worker_killed": 18,  # its grading process is killed once: graded again, like the rest
}
#: Submissions that cannot be graded, and what their reason must say.
BAD = {
    "not_json": "is not a notebook nbgrader can read",
    "not_a_notebook": "is not a notebook nbgrader can read",
    "no_cells": "cells were deleted that nbgrader cannot restore",
}


def _make_class(course, tmp_path) -> None:
    def write(student, answers, base="source"):
        folder = write_submission(course, LESSON, tmp_path / student, answers, base)
        _submit(course, student, folder)

    write("solved", {})
    write("untouched", {}, base="release")
    write("wrong_softmax", {"softmax": UNSTABLE_SOFTMAX})
    write("wrong_one_hot", {"one_hot": _variant("one_hot", "wrong_max_label")})
    write("right_one_hot", {"one_hot": _variant("one_hot", "right_eye")})
    write(
        "two_wrong",
        {"softmax": UNSTABLE_SOFTMAX, "one_hot": _variant("one_hot", "wrong_max_label")},
    )
    _edit(course, "edited_tests", _edit_tests)
    _edit(course, "deleted_tests", _delete_softmax_tests)
    for student in ("not_json", "not_a_notebook", "no_cells"):
        (course / "submitted" / student / LESSON).mkdir(parents=True)
    path = f"{LESSON}/{LESSON}.ipynb"
    (course / "submitted" / "not_json" / path).write_text('{"cells": [')
    (course / "submitted" / "not_a_notebook" / path).write_text('{"hello": "world"}')
    empty = nbformat.read(notebook_path(course / "release", LESSON), 4)
    empty.cells = []
    nbformat.write(empty, course / "submitted" / "no_cells" / path)
    _edit(course, "kernel_exits", _exit_kernel)
    _edit(course, "worker_killed", _kill_the_worker_once(tmp_path / "kill-the-worker"))


def _grades(course, students) -> dict:
    """``student -> {grade_id: (auto_score, manual_score, needs_manual_grade)}`` and the number
    of grade rows per submission, straight from the gradebook."""
    from nbgrader.api import Gradebook

    table = {}
    with Gradebook(load_config(course).CourseDirectory.db_url) as gradebook:
        for student in students:
            submission = gradebook.find_submission(LESSON, student)
            rows = [g for nb in submission.notebooks for g in nb.grades]
            table[student] = {
                g.name: (g.auto_score, g.manual_score, g.needs_manual_grade) for g in rows
            }
            assert len(rows) == len(table[student]), f"{student}: a grade recorded twice"
        assert len(gradebook.find_assignment(LESSON).submissions) == len(students)
    return table


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    """The same class graded twice: by nbgrader's own sequential autograde, and in parallel."""
    base = tmp_path_factory.mktemp("class")
    course = make_scratch_course(base / "parallel", recorded=[LESSON])
    _make_class(course, base / "answers")
    sequential = base / "sequential"
    shutil.copytree(course, sequential)

    start = time.perf_counter()
    api = make_api(sequential)
    for student in GOOD:
        assert api.autograde(LESSON, student, force=True, create=True)["success"], student
    sequential_seconds = time.perf_counter() - start

    (base / "answers" / "kill-the-worker").touch()  # armed for the parallel run only
    lines: list[str] = []
    start = time.perf_counter()
    # Without the sandbox: here the kernel plays the administrator who kills a worker from
    # outside, which the sandbox exists to stop (tests/test_hostile.py grades in it).
    results = classroom.autograde_class(
        course, LESSON, workers=2, progress=lines.append, sandbox=False
    )
    parallel_seconds = time.perf_counter() - start
    print(
        f"\n{len(GOOD)} submissions: nbgrader sequential {sequential_seconds:.1f} s; "
        f"{len(GOOD) + len(BAD)} submissions, 2 workers: {parallel_seconds:.1f} s"
    )
    return course, sequential, results, lines


def test_parallel_grades_equal_nbgraders_sequential_grades(graded_class):
    course, sequential, results, _ = graded_class
    assert sorted(r.student for r in results) == sorted([*GOOD, *BAD])
    parallel = _grades(course, [*GOOD, *BAD])
    expected = _grades(sequential, list(GOOD))
    for student in GOOD:
        assert parallel[student] == expected[student], student
    for student, points in GOOD.items():
        assert report.build_report(course, LESSON, student).score == points, student


def test_bad_submissions_get_zero_and_a_reason(graded_class):
    course, _, results, lines = graded_class
    problems = {r.student: r.problem for r in results}
    for student, reason in BAD.items():
        assert reason in problems[student], (student, problems[student])
        result = report.build_report(course, LESSON, student)
        assert result.score == 0 and result.problem == problems[student]
        assert all(c.status == report.FAILED for c in result.checks)
        assert all(c.message.startswith("not graded: ") for c in result.checks)
        assert not (course / "autograded" / student / LESSON).exists()
    for student in GOOD:
        assert not problems[student], (student, problems[student])
    # One progress line per submission, with the running count and the time left.
    counted = [line for line in lines if line.startswith("[")]
    assert len(counted) == len(GOOD) + len(BAD)
    assert counted[-1].startswith(f"[{len(counted)}/{len(counted)}] ") and "s left" in counted[-1]


def test_a_grading_process_killed_from_outside_costs_a_retry(graded_class):
    """The queue it held is graded again in a new pool (the grades: the test above)."""
    course, _, results, lines = graded_class
    assert not (course.parent / "answers" / "kill-the-worker").exists()  # it was killed
    retries = [line for line in lines if not line.startswith("[")]
    assert len(retries) == 1 and "grading process was stopped" in retries[0], lines
    assert not {r.student: r.problem for r in results}["worker_killed"]


def test_restored_cells_are_noted(graded_class):
    course, *_ = graded_class
    edited = report.build_report(course, LESSON, "edited_tests")
    changed = "You changed the test cell `test_softmax_stable`; the original was put back"
    assert any(changed in n for n in edited.notes)
    deleted = report.build_report(course, LESSON, "deleted_tests")
    assert any("You deleted the test cell `test_softmax_stable`" in n for n in deleted.notes)
    text = report.format_text(deleted)
    assert "Note: You deleted the test cell" in text
    assert f"mlinterview restore-cells {LESSON}" in text
    assert not report.build_report(course, LESSON, "solved").notes


def test_class_report_adds_up_and_feedback_leaks_nothing(graded_class, tmp_path):
    course, *_ = graded_class
    assert make_api(course).generate_feedback(LESSON, force=True)["success"]
    result = classroom.build_class_report(course, [LESSON])
    paths = classroom.write_class_report(course, result, tmp_path)
    rows = list(csv.DictReader((tmp_path / "class-report.csv").open()))
    assert {r["student"] for r in rows} == {*GOOD, *BAD}
    by_student = {r["student"]: r for r in rows}
    for student, points in GOOD.items():
        assert float(by_student[student]["score"]) == points
    assert all(by_student[s]["problem"] for s in BAD)
    # The class summary is the sum of the rows.
    dims = {d["dimension"]: d for d in result.dimension_summary()}
    for dimension, total in dims.items():
        assert total["score"] == sum(float(r[dimension]) for r in rows)
    # Lesson 01's most failed autograded checks: every untouched or broken submission fails
    # them all; test_one_hot is also failed by the two wrong one_hot answers.
    failing = dict(((g, n) for _, g, n in result.failing_checks()))
    assert failing["test_one_hot"] == 1 + len(BAD) + 2
    assert failing["test_softmax_stable"] == 1 + len(BAD) + 3  # and kernel_exits
    page = (tmp_path / "class-report.html").read_text()
    assert "data:image/png;base64," in page and "Checks failed most often" in page
    data = json.loads((tmp_path / "class-report.json").read_text())
    assert [d["dimension"] for d in data["dimensions"]] == list(dims)
    text = classroom.format_class_text(result)
    assert "weakest first" in text and "not_json" in text
    assert len(paths) == 3
    assert not leaked_hidden_lines(course / "feedback", [LESSON])
