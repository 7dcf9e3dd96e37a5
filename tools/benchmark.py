"""Time what learners wait for: each lesson run top to bottom, and `mlinterview grade` on it.

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

from mlinterview.course import find_course_root, lessons
from mlinterview.grading import grade


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
            notebook = next((course / "source" / lesson).glob("*.ipynb"))
            run = timed(run_notebook, notebook)
            solved = timed(grade, course, lesson, "solved", course / "source" / lesson)
            untouched = timed(grade, course, lesson, "untouched", course / "release" / lesson)
            print(f"{lesson:<28}{run:>11.1f}s{solved:>13.1f}s{untouched:>14.1f}s")


if __name__ == "__main__":
    main()
