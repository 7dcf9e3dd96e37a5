"""Submit (the pipeline's first stage): copy a learner's folder to nbgrader's
submitted/STUDENT/LESSON, refusing a file nbgrader cannot read."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import nbformat

from mlinterview.course import CourseError


def submit(root: Path, lesson: str, student: str, workspace: Path | None = None) -> Path:
    """Copy ``workspace`` (default notebooks/LESSON) to nbgrader's submitted/STUDENT/LESSON."""
    workspace = workspace or root / "notebooks" / lesson
    notebooks = sorted(workspace.glob("*.ipynb")) if workspace.is_dir() else []
    if not notebooks:
        raise CourseError(
            f"No notebook to grade in {workspace}. Run `make lab` once to copy the lessons into "
            "notebooks/, or pass the folder that holds your copy."
        )
    for notebook in notebooks:
        _check_readable(root, lesson, notebook)
    target = root / "submitted" / student / lesson
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(workspace, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f %Z")
    (target / "timestamp.txt").write_text(stamp)
    return target


def _check_readable(root: Path, lesson: str, notebook: Path) -> None:
    try:
        nbformat.validate(nbformat.read(notebook, as_version=4))
    except Exception as error:  # invalid JSON, not a notebook, or a broken schema
        detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise CourseError(
            f"{notebook} is not a notebook nbgrader can read ({detail}). Nothing was graded. "
            f"A fresh copy of the lesson is release/{lesson}/{notebook.name}; copy your answers "
            "into it."
        ) from None
