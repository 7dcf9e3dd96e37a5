"""A class's gradebook on a real PostgreSQL server: parallel grades equal nbgrader's own
sequential ones, manual grades survive a regrade, the class report reads it, and two graders
writing at once lose and double nothing.

The server is Debian's PostgreSQL, started on loopback for this module and stopped after
(``postgres_server.py``). Without it the module is skipped with the reason; CI sets
``MLINTERVIEW_REQUIRE_SYSTEM_PACKAGES=1`` (``.ci/run`` installs the server), and there a missing
server fails instead (``system_packages.py``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import system_packages
from course_harness import REPO, SUBMISSIONS, make_scratch_course, write_submission
from postgres_server import missing_reason, running_postgres

from mlinterview import classroom, report
from mlinterview.course import ensure_gradebook, load_config, make_api

pytestmark = pytest.mark.course
LESSON = "01-interview-framework"
PLAN = "clarify_and_plan"

system_packages.require(missing_reason(), "PostgreSQL")

UNSTABLE_SOFTMAX = """
def softmax(z, axis=-1):
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)
"""
WRONG_ONE_HOT = (SUBMISSIONS / LESSON / "one_hot" / "wrong_max_label.py").read_text()
#: Each student's answers, and the points nbgrader must give them (of 21; 3 await review).
CLASS = {
    "ada": ({}, 18),
    "ben": ({"softmax": UNSTABLE_SOFTMAX}, 17),
    "cy": ({"one_hot": WRONG_ONE_HOT}, 15),
    "dee": ({"softmax": UNSTABLE_SOFTMAX, "one_hot": WRONG_ONE_HOT}, 14),
}


def _course(path, db_url):
    """A scratch course whose gradebook is ``db_url``, with the class submitted."""
    course = make_scratch_course(path, recorded=[])
    with (course / "nbgrader_config.py").open("a") as config:
        config.write(f"\nc.CourseDirectory.db_url = {db_url!r}\n")
    ensure_gradebook(course, LESSON)
    for student, (answers, _) in CLASS.items():
        folder = write_submission(course, LESSON, path.parent / f"answers-{student}", answers)
        shutil.copytree(folder, course / "submitted" / student / LESSON)
    return course


def _grades(course) -> dict:
    """``student -> {grade_id: (auto, manual, needs_manual_grade)}``, each grade counted once."""
    from nbgrader.api import Gradebook

    table = {}
    with Gradebook(load_config(course).CourseDirectory.db_url) as gradebook:
        for student in CLASS:
            submission = gradebook.find_submission(LESSON, student)
            rows = [g for nb in submission.notebooks for g in nb.grades]
            table[student] = {
                g.name: (g.auto_score, g.manual_score, g.needs_manual_grade) for g in rows
            }
            assert len(rows) == len(table[student]), f"{student}: a grade recorded twice"
        assert len(gradebook.find_assignment(LESSON).submissions) == len(CLASS)
        assert len(gradebook.students) == len(CLASS)
    return table


@pytest.fixture(scope="module")
def server():
    with running_postgres() as running:
        yield running


@pytest.fixture(scope="module")
def sequential(server, tmp_path_factory):
    """The class graded by nbgrader's own autograde, one submission after another."""
    course = _course(tmp_path_factory.mktemp("sequential") / "course", server.database("seq"))
    api = make_api(course)
    for student in CLASS:
        assert api.autograde(LESSON, student, force=True, create=True)["success"], student
    return _grades(course)


@pytest.fixture(scope="module")
def parallel(server, tmp_path_factory):
    course = _course(tmp_path_factory.mktemp("parallel") / "course", server.database("par"))
    results = classroom.autograde_class(course, LESSON, workers=2, progress=None)
    assert not [r.problem for r in results if r.problem]
    return course


def test_parallel_grades_equal_nbgraders_sequential_grades(parallel, sequential):
    assert _grades(parallel) == sequential
    for student, (_, points) in CLASS.items():
        assert report.build_report(parallel, LESSON, student).score == points, student


def test_a_manual_grade_survives_a_regrade_and_reaches_the_class_report(parallel, tmp_path):
    from nbgrader.api import Gradebook

    with Gradebook(load_config(parallel).CourseDirectory.db_url) as gradebook:
        grade = gradebook.find_grade(PLAN, LESSON, LESSON, "ada")
        grade.manual_score, grade.needs_manual_grade = 2, False
        gradebook.db.commit()
    classroom.autograde_class(parallel, LESSON, ["ada", "ben"], workers=2, progress=None)
    with Gradebook(load_config(parallel).CourseDirectory.db_url) as gradebook:
        assert gradebook.find_grade(PLAN, LESSON, LESSON, "ada").manual_score == 2
    assert report.build_report(parallel, LESSON, "ada").score == 20

    class_report = classroom.build_class_report(parallel, [LESSON])
    classroom.write_class_report(parallel, class_report, tmp_path)
    totals = {row["student"]: row["score"] for row in class_report.rows()}
    assert totals == {"ada": 20, "ben": 17, "cy": 15, "dee": 14}


def test_two_graders_writing_at_once_lose_and_double_nothing(server, sequential, tmp_path):
    """Two instructors grade halves of the class at the same time, each with the CLI."""
    course = _course(tmp_path / "course", server.database("two"))
    graders = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mlinterview.cli",
                "autograde",
                LESSON,
                "--workers",
                "1",
                "--students",
                *half,
            ],  # fmt: skip
            cwd=course,
            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for half in (["ada", "cy"], ["ben", "dee"])
    ]
    for grader in graders:
        output, _ = grader.communicate(timeout=600)
        assert grader.returncode == 0, output
    assert _grades(course) == sequential
