"""Time what learners wait for: each lesson run top to bottom, and `mlinterview grade` on it
(a practice set: its first question; a mock: every stage, submitted after all were revealed);
and what an instructor waits for: a class of submissions, nbgrader's own sequential autograde
against `mlinterview autograde` with 1 and 2 workers.

Run with `make bench`. It works in a scratch copy of the course, so your grades and
notebooks/ are untouched. Prints seconds; it asserts nothing (speed is measured here, not in
the tests).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mlinterview import mock
from mlinterview.classroom import autograde_class
from mlinterview.course import ensure_gradebook, find_course_root, lessons, make_api
from mlinterview.grading import grade
from mlinterview.practice import is_practice_set


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def run_notebook(notebook: Path) -> None:
    command = [sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute"]
    subprocess.run([*command, "--stdout", str(notebook)], check=True, capture_output=True)


def main() -> None:
    root = find_course_root(Path(__file__).parent)
    with tempfile.TemporaryDirectory(prefix="mlinterview-bench-") as scratch:
        course = Path(scratch)
        shutil.copy2(root / "nbgrader_config.py", course)
        for folder in ("source", "release"):
            shutil.copytree(root / folder, course / folder)
        print(f"{'lesson':<28}{'run source':>12}{'grade source':>14}{'grade release':>15}")
        for lesson in lessons(course):
            if mock.is_mock(lesson):
                bench_mock(course, lesson)
                continue
            notebook = next((course / "source" / lesson).glob("*.ipynb"))
            question = notebook.stem if is_practice_set(lesson) else None
            name = f"{lesson}/{question}" if question else lesson
            run = timed(run_notebook, notebook)
            solved = timed(
                grade, course, lesson, "solved", course / "source" / lesson, None, None, question
            )
            untouched = timed(
                grade,
                course,
                lesson,
                "untouched",
                course / "release" / lesson,
                None,
                None,
                question,
            )
            print(f"{name[:27]:<28}{run:>11.1f}s{solved:>13.1f}s{untouched:>14.1f}s")
        bench_class(course, "01-interview-framework", CLASS_SIZE)


def bench_mock(course: Path, name: str) -> None:
    """A mock: each stage's source run top to bottom (beside the others, as a learner's folder
    holds them), and grading the solved stages once all three were revealed."""
    folder = course / "notebooks" / name
    mock.start(folder, course / "release" / name / mock.SEAL_FILE, "solved")
    while mock.reveal_next(folder, "moved on")[1]:
        pass
    for notebook in sorted((course / "source" / name).glob("stage*.ipynb")):
        shutil.copy2(notebook, folder / notebook.name)
    runs = [timed(run_notebook, stage) for stage in sorted(folder.glob("stage*.ipynb"))]
    solved = timed(grade, course, name, "solved", folder)
    stages = " + ".join(f"{r:.1f}" for r in runs)
    print(f"{name:<28}{sum(runs):>11.1f}s{solved:>13.1f}s{'-':>15}  (stages {stages} s)")


CLASS_SIZE = 8


def bench_class(course: Path, lesson: str, size: int) -> None:
    """``size`` submissions (half solved, half untouched), graded three ways."""
    students = [f"student{i:02d}" for i in range(size)]
    for i, student in enumerate(students):
        origin = course / ("source" if i % 2 == 0 else "release") / lesson
        shutil.copytree(origin, course / "submitted" / student / lesson)
    api = make_api(course)
    ensure_gradebook(course, lesson)

    def nbgrader_sequential() -> None:
        for student in students:
            assert api.autograde(lesson, student, force=True, create=True)["success"]

    print(f"\n{size} submissions of {lesson}:")
    print(f"  nbgrader autograde, one after another: {timed(nbgrader_sequential):.1f} s")
    for workers in (1, 2):
        seconds = timed(autograde_class, course, lesson, students, workers, None)
        print(f"  mlinterview autograde --workers {workers}: {seconds:.1f} s")


if __name__ == "__main__":
    main()
