"""A scratch class for the class-grading benchmarks (bench_postgres.py, bench_sandbox.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from mlinterview.course import ensure_gradebook

REPO = Path(__file__).resolve().parents[1]


def make_class_course(folder: Path, lesson: str, size: int, db_url: str | None = None) -> list[str]:
    """A copy of the course in ``folder`` with ``size`` submissions of ``lesson``, half the
    reference (source/) and half untouched (release/); the students' names."""
    folder.mkdir(parents=True)
    shutil.copy2(REPO / "nbgrader_config.py", folder)
    for name in ("source", "release"):
        shutil.copytree(REPO / name, folder / name)
    if db_url:
        with (folder / "nbgrader_config.py").open("a") as config:
            config.write(f"\nc.CourseDirectory.db_url = {db_url!r}\n")
    students = [f"student{i:02d}" for i in range(size)]
    for i, student in enumerate(students):
        origin = folder / ("source" if i % 2 == 0 else "release") / lesson
        shutil.copytree(origin, folder / "submitted" / student / lesson)
    ensure_gradebook(folder, lesson)
    return students
