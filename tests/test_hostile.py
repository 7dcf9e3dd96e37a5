"""Hostile submissions (tests/hostile/NN_name.py): each states what it does and the grade it
must get. All of them are graded in one class run, with a 20-second cell time limit and a 2 GiB
kernel, beside an honest solved submission; each must get exactly its grade, and say why.
The limit is generous (a cell of lesson 01 takes well under a second, so it holds on a machine
loaded several times over); the tests assert what happened to the cells (interrupted, points
lost, the reason given), never how long anything took."""

from __future__ import annotations

import difflib
import importlib.util
import sys
from pathlib import Path

import nbformat
import pytest
from course_harness import make_scratch_course, notebook_path, readable_text

from mlinterview import classroom, regions, report

pytestmark = pytest.mark.course
HOSTILE = Path(__file__).resolve().parent / "hostile"
LESSON = "01-interview-framework"
SUBMISSIONS = sorted(p.stem for p in HOSTILE.glob("[0-9][0-9]_*.py"))
HONEST = "honest"


def _load(name: str):
    if str(HOSTILE) not in sys.path:
        sys.path.insert(0, str(HOSTILE))  # for their shared _common.py
    spec = importlib.util.spec_from_file_location(f"hostile_{name}", HOSTILE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def solved_copy(course: Path, lesson: str):
    """The release notebook with every answer written as in source/: an honest learner's work."""
    source = nbformat.read(notebook_path(course / "source", lesson), 4)
    answers = {
        c.metadata["nbgrader"]["grade_id"]: c.source
        for c in source.cells
        if c.metadata.get("nbgrader", {}).get("solution")
    }
    notebook = nbformat.read(notebook_path(course / "release", lesson), 4)
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = regions.without_markers(answers[grade_id])
    return notebook


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course = make_scratch_course(tmp_path_factory.mktemp("hostile"), recorded=[LESSON])
    with (course / "nbgrader_config.py").open("a") as config:
        # 20 s: an infinite loop costs one limit per exercise (grading_kernel.GuardedExecute).
        config.write("\nc.Execute.timeout = 20\nc.LimitedKernelManager.memory_limit_mb = 2048\n")
    for name in [HONEST, *SUBMISSIONS]:
        notebook = solved_copy(course, LESSON)
        if name != HONEST:
            _load(name).edit(notebook)
        folder = course / "submitted" / name / LESSON
        folder.mkdir(parents=True)
        nbformat.write(notebook, folder / f"{LESSON}.ipynb")
    results = classroom.autograde_class(course, LESSON, workers=2, progress=None)
    return course, {r.student: r for r in results}


def test_there_are_at_least_twenty_hostile_submissions():
    assert len(SUBMISSIONS) >= 20
    for name in SUBMISSIONS:
        module = _load(name)
        assert "Must get:" in module.__doc__, f"{name}: say the grade it must get, and why"


def test_the_honest_submission_gets_every_autograded_point(graded):
    course, _ = graded
    honest = report.build_report(course, LESSON, HONEST)
    auto = [c for c in honest.checks if c.kind == "autograded"]
    assert all(c.score == c.max_score for c in auto), [c.grade_id for c in auto if c.score == 0]


@pytest.mark.parametrize("name", SUBMISSIONS)
def test_hostile_submission_gets_its_grade(graded, name):
    course, results = graded
    expected = _load(name)
    assert not results[name].problem, results[name].problem
    got = report.build_report(course, LESSON, name)
    honest = report.build_report(course, LESSON, HONEST)
    assert got.max_score == honest.max_score
    wrong = {}
    for check in got.checks:
        if check.kind != "autograded":
            continue
        want = 0.0 if check.grade_id in expected.LOSES else check.max_score
        if check.score != want:
            wrong[check.grade_id] = (check.score, want, check.message)
    assert not wrong, f"{name}: (got, expected, message) per cell: {wrong}"
    said = "\n".join([c.message for c in got.checks] + got.notes)
    for text in expected.SAYS:
        assert text in said, f"{name}: the report should say {text!r}; it says:\n{said}"
    # Output is truncated: the graded notebook stays small whatever the submission printed.
    size = notebook_path(course / "autograded" / name, LESSON).stat().st_size
    assert size < 2_000_000, f"{name}: the autograded notebook is {size} bytes"


def test_grading_the_same_submission_three_times_gives_the_same_grades_and_feedback(graded):
    """Same grades, same report, same feedback page, three times over (a wrong answer whose
    messages carry numbers, and a kernel death, included)."""
    from mlinterview import grading

    course, _ = graded
    notebook = solved_copy(course, LESSON)
    _load("19_edited_test_cells").edit(notebook)  # an unstable softmax, tests emptied
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "one_hot":
            cell.source = (
                "def one_hot(y, n_classes=None):\n"
                "    y = np.asarray(y)\n"
                "    return (y[:, None] == np.arange(int(y.max()))).astype(float)\n"
                "import os\nos._exit(1)\n"
            )
    folder = course / "submitted" / "three_times" / LESSON
    folder.mkdir(parents=True)
    nbformat.write(notebook, folder / f"{LESSON}.ipynb")
    runs = []
    for _ in range(3):
        lesson_report = grading.grade_submitted(course, LESSON, "three_times")
        page = readable_text(course / "feedback" / "three_times" / LESSON / f"{LESSON}.html")
        runs.append((report.format_text(lesson_report), lesson_report.to_dict(), page))
    assert runs[0][1]["score"] == 14  # 18, less test_softmax_stable (1) and one_hot (3)
    for run in runs[1:]:
        assert run[0] == runs[0][0]
        assert run[1] == runs[0][1]
        diff = difflib.unified_diff(runs[0][2].splitlines(), run[2].splitlines(), lineterm="")
        assert run[2] == runs[0][2], "\n".join(list(diff)[:40])
