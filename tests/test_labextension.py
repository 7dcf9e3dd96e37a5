"""The shipped build of the JupyterLab extension is what labextension/ makes: rebuilt from
source with `npm ci` (Node.js and the npm registry), as tests/test_release.py proves release/ is
what source/ makes. Also the server extension's choice of lesson, without a server."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from course_harness import make_scratch_course

from mlinterview.course import CourseError
from mlinterview.labserver import Grader

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.course
@pytest.mark.skipif(shutil.which("npm") is None, reason="no Node.js/npm to rebuild the extension")
def test_the_shipped_extension_is_what_its_sources_build():
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "build_labextension.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_grade_button_grades_the_lesson_a_notebook_belongs_to(tmp_path):
    course = make_scratch_course(tmp_path, recorded=[])
    grader = Grader(course)
    lesson = "02-algorithms-from-scratch"
    assert grader.lesson_of(f"notebooks/{lesson}/{lesson}.ipynb") == (
        lesson,
        course / "notebooks" / lesson,
        None,
    )
    # A copy elsewhere, named after its lesson, is that lesson's.
    assert grader.lesson_of(f"mine/{lesson}.ipynb")[0] == lesson
    # A practice question is graded alone.
    practice = "practice-ml-algorithms"
    assert grader.lesson_of(f"notebooks/{practice}/pca.ipynb") == (
        practice,
        course / "notebooks" / practice,
        "pca",
    )
    for path, reason in [
        ("notebooks/scratch/Untitled.ipynb", "not one of the course's lessons"),
        (f"notebooks/{lesson}/{lesson}.py", "not a notebook"),
        (f"../{lesson}/{lesson}.ipynb", "not a notebook"),
    ]:
        with pytest.raises(CourseError, match=reason):
            grader.lesson_of(path)


def test_the_solution_button_shows_a_reference_only_once_graded(tmp_path):
    import nbformat
    from practice_course import NOW, attempt, make_course, record

    course = make_course(tmp_path / "course")
    lesson = course / "source" / "01-interview-framework"  # a lesson beside the practice set
    lesson.mkdir()
    nbformat.write(nbformat.v4.new_notebook(), lesson / "01-interview-framework.ipynb")
    grader = Grader(course)
    with pytest.raises(CourseError, match="Only practice questions"):
        grader.solution("notebooks/01-interview-framework/01-interview-framework.ipynb")
    with pytest.raises(CourseError, match="You have not graded `pca` yet"):
        grader.solution("notebooks/practice-demo/pca.ipynb")
    record(course, attempt("pca", NOW, False))
    shown = grader.solution("notebooks/practice-demo/pca.ipynb")
    assert shown["question"] == "pca" and "pca reference" in shown["solution"]
