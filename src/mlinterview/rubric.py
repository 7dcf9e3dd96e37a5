"""The interview rubric, and which dimension each graded cell of the course measures.

The dimension of a cell lives in the *source* notebook's cell metadata,
``"mlinterview": {"rubric": "<id>"}``. Reports always read it from source/, never from a
submission, because a learner can edit the metadata of their own copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat

from mlinterview.regions import solution_text


@dataclass(frozen=True)
class Dimension:
    id: str
    title: str
    description: str


#: The five dimensions interviewers score, in the order reports list them.
DIMENSIONS: tuple[Dimension, ...] = (
    Dimension(
        "understanding",
        "Problem understanding",
        "understands and solves the given problem (constraints, edge cases, what was asked)",
    ),
    Dimension(
        "framework",
        "ML framework fluency",
        "knows the ML framework and the sub-field (NumPy idioms, broadcasting, library APIs, "
        "no leakage)",
    ),
    Dimension(
        "implementation",
        "Implementation",
        "organized, accurate, efficient code (shapes, dtypes, numerics, vectorisation)",
    ),
    Dimension(
        "communication",
        "Communication",
        "communicates the logic (plans, explanations, trade-offs, complexity)",
    ),
    Dimension(
        "algorithms",
        "ML algorithms",
        "comfort and skill with ML algorithms (results match a trusted reference)",
    ),
)

DIMENSION_IDS: tuple[str, ...] = tuple(d.id for d in DIMENSIONS)
BY_ID: dict[str, Dimension] = {d.id: d for d in DIMENSIONS}


@dataclass(frozen=True)
class Band:
    """A hiring decision: reached with ``min_percent`` overall and every dimension at or
    above ``min_dimension_percent`` (an interviewer does not hire on strengths alone)."""

    name: str
    min_percent: float
    min_dimension_percent: float


#: The overall bands, best first; the README states the same thresholds.
BANDS: tuple[Band, ...] = (
    Band("strong hire", 85.0, 70.0),
    Band("hire", 70.0, 50.0),
    Band("lean no hire", 50.0, 0.0),
    Band("no hire", 0.0, 0.0),
)

#: A dimension below this percent is "weak": the report lists the sections to review for it.
WEAK_BELOW_PERCENT = 70.0


def hiring_band(percent: float, dimension_percents: list[float]) -> str:
    """The first band whose overall and per-dimension floors ``percent`` meets."""
    lowest = min(dimension_percents, default=100.0)
    for band in BANDS:
        if percent >= band.min_percent and lowest >= band.min_dimension_percent:
            return band.name
    return BANDS[-1].name


class RubricError(ValueError):
    """A source notebook's grade cell lacks a valid rubric dimension."""


@dataclass(frozen=True)
class GradeCell:
    """A graded cell of a source notebook, as the rubric sees it."""

    notebook: str  # notebook name without .ipynb, as nbgrader names it
    grade_id: str
    dimension: str
    points: float
    kind: str  # "autograded" (tests) or "manual" (an answer a person grades)
    section: str  # the closest heading above the cell, for "what to review"
    model_answer: str = ""  # a manual cell's reference answer (its solution region)


def answer_ids(notebook: Any) -> list[str]:
    """Grade ids of a notebook's autograded answer cells (the names the exercises define)."""
    ids = []
    for cell in notebook.get("cells", []):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution") and not meta.get("grade") and meta.get("grade_id"):
            ids.append(meta["grade_id"])
    return ids


def exercise_of(test_id: str, answers: list[str]) -> str | None:
    """The exercise a test cell belongs to: the longest answer name ``a`` such that the cell is
    ``test_<a>`` or ``test_<a>_<aspect>`` (``test_kmeans_plus_plus_init`` is not ``kmeans``'s)."""
    owners = [a for a in answers if test_id == f"test_{a}" or test_id.startswith(f"test_{a}_")]
    return max(owners, key=len, default=None)


def cell_dimension(cell: Any) -> str | None:
    """The rubric dimension written in a cell's metadata, or None."""
    return cell.get("metadata", {}).get("mlinterview", {}).get("rubric")


def _is_graded(cell: Any) -> bool:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return bool(meta.get("grade") or meta.get("task"))


def _heading(cell: Any) -> str | None:
    # Only the lesson's own text names sections; a learner's answer cell never does.
    if cell.get("cell_type") != "markdown" or "nbgrader" in cell.get("metadata", {}):
        return None
    headings = [line for line in cell.get("source", "").splitlines() if line.startswith("#")]
    return headings[-1].lstrip("#").strip() if headings else None


def grade_cells(notebook_path: Path) -> list[GradeCell]:
    """Every graded cell of a source notebook; RubricError if one lacks a valid dimension."""
    notebook = nbformat.read(notebook_path, as_version=4)
    cells: list[GradeCell] = []
    section = ""
    for cell in notebook.cells:
        section = _heading(cell) or section
        if not _is_graded(cell):
            continue
        meta = cell.metadata["nbgrader"]
        dimension = cell_dimension(cell)
        if dimension not in BY_ID:
            raise RubricError(
                f"{notebook_path}: grade cell {meta.get('grade_id')!r} has rubric {dimension!r}; "
                f"expected one of {', '.join(DIMENSION_IDS)} in metadata.mlinterview.rubric."
            )
        # nbgrader: tests are grade-only; an answer that is also graded, or a task, is manual.
        manual = bool(meta.get("task") or (meta.get("grade") and meta.get("solution")))
        kind = "manual" if manual else "autograded"
        cells.append(
            GradeCell(
                notebook=notebook_path.stem,
                grade_id=meta["grade_id"],
                dimension=dimension,
                points=float(meta.get("points", 0)),
                kind=kind,
                section=section,
                model_answer=solution_text(cell.source) if manual else "",
            )
        )
    return cells


def lesson_grade_cells(source_dir: Path, lesson: str) -> list[GradeCell]:
    """All graded cells of a lesson's source notebooks, in notebook order."""
    cells: list[GradeCell] = []
    for path in sorted((Path(source_dir) / lesson).glob("*.ipynb")):
        cells.extend(grade_cells(path))
    return cells
