"""The rubric's dimensions, read from source notebooks' cell metadata."""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from mlinterview import rubric


def test_the_five_dimensions():
    assert rubric.DIMENSION_IDS == (
        "understanding",
        "framework",
        "implementation",
        "communication",
        "algorithms",
    )


def test_band_uses_the_points_decided_and_every_dimension_floor():
    assert rubric.hiring_band(90, [100, 75]) == "strong hire"
    assert rubric.hiring_band(90, [100, 65]) == "hire"  # one dimension below 70 %
    assert rubric.hiring_band(75, [100, 40]) == "lean no hire"  # one dimension below 50 %
    assert rubric.hiring_band(49.9, [100]) == "no hire"
    assert rubric.hiring_band(100, []) == "strong hire"


def _cell(kind, grade_id, *, grade, solution, points=1, dimension="algorithms"):
    cell = new_code_cell("x = 1") if kind == "code" else new_markdown_cell("answer")
    cell.metadata["nbgrader"] = {
        "grade": grade,
        "solution": solution,
        "grade_id": grade_id,
        "points": points,
        "locked": not solution,
        "schema_version": 3,
        "task": False,
    }
    if dimension is not None:
        cell.metadata["mlinterview"] = {"rubric": dimension}
    return cell


def _write(tmp_path, cells):
    path = tmp_path / "lesson" / "lesson.ipynb"
    path.parent.mkdir()
    nbformat.write(new_notebook(cells=cells), path)
    return path


def test_grade_cells_read_dimension_kind_points_and_section(tmp_path):
    path = _write(
        tmp_path,
        [
            new_markdown_cell("# Lesson\n\n## 2. Exercise: `f`\ntext"),
            _cell("code", "f", grade=False, solution=True, dimension=None),
            _cell("code", "test_f", grade=True, solution=False, points=2),
            new_markdown_cell("## 3. Explain"),
            _cell(
                "markdown",
                "explain",
                grade=True,
                solution=True,
                points=3,
                dimension="communication",
            ),
        ],
    )
    cells = rubric.grade_cells(path)
    assert [(c.grade_id, c.dimension, c.points, c.kind, c.section) for c in cells] == [
        ("test_f", "algorithms", 2.0, "autograded", "2. Exercise: `f`"),
        ("explain", "communication", 3.0, "manual", "3. Explain"),
    ]
    lesson = rubric.lesson_grade_cells(tmp_path, "lesson")
    assert [(c.notebook, c.grade_id) for c in lesson] == [
        ("lesson", "test_f"),
        ("lesson", "explain"),
    ]


@pytest.mark.parametrize("dimension", [None, "style"])
def test_a_grade_cell_without_a_valid_dimension_is_an_error(tmp_path, dimension):
    path = _write(
        tmp_path, [_cell("code", "test_f", grade=True, solution=False, dimension=dimension)]
    )
    with pytest.raises(rubric.RubricError, match="test_f"):
        rubric.grade_cells(path)


def test_manual_cells_carry_their_model_answer():
    from pathlib import Path

    from mlinterview import rubric

    repo = Path(__file__).resolve().parents[1]
    for lesson in ("01-interview-framework", "03-case-study"):
        cells = rubric.lesson_grade_cells(repo / "source", lesson)
        manual = [c for c in cells if c.kind == "manual"]
        assert manual and all(c.model_answer for c in manual)
        assert all("BEGIN SOLUTION" not in c.model_answer for c in manual)
        assert all(not c.model_answer for c in cells if c.kind == "autograded")
