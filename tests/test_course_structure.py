"""Every lesson follows COURSE_DESIGN.md's notebook conventions."""

from __future__ import annotations

import ast
import re

import nbformat
import pytest
from course_harness import CATALOG, REPO, answer_cells, notebook_path

from mlinterview import rubric
from mlinterview.course import lessons

LESSONS = lessons(REPO)


def _read(lesson):
    return nbformat.read(notebook_path(REPO / "source", lesson), 4)


def _defined_names(code: str) -> set[str]:
    clean = re.sub(r"### (BEGIN|END) SOLUTION", "", code)
    names = set()
    for node in ast.parse(clean).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


@pytest.mark.parametrize("lesson", LESSONS)
def test_source_is_valid_and_clean(lesson):
    notebook = _read(lesson)
    nbformat.validate(notebook)
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, (
                "commit source without outputs"
            )


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_grade_cell_has_a_rubric_dimension(lesson):
    cells = rubric.lesson_grade_cells(REPO / "source", lesson)  # raises RubricError if not
    assert cells
    assert all(c.points > 0 for c in cells)
    assert len({c.grade_id for c in cells}) == len(cells), "grade ids must be unique"


@pytest.mark.parametrize("lesson", list(CATALOG))
def test_catalog_names_have_exactly_one_answer_cell(lesson):
    answers = answer_cells(_read(lesson))
    for name in CATALOG[lesson]:
        defining = [gid for gid, cell in answers.items() if name in _defined_names(cell.source)]
        assert defining == [name], f"{name}: defined in answer cells {defining}"


@pytest.mark.parametrize("lesson", LESSONS)
def test_test_cells_are_named_after_their_answer(lesson):
    answers = set(answer_cells(_read(lesson)))
    for cell in rubric.lesson_grade_cells(REPO / "source", lesson):
        if cell.kind == "autograded":
            assert any(
                cell.grade_id == f"test_{a}" or cell.grade_id.startswith(f"test_{a}_")
                for a in answers
            ), cell.grade_id


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_test_cell_checks_hidden_cases_or_only_structure(lesson):
    """Test cells hold visible checks first; hidden tests, where present, come last."""
    for cell in _read(lesson).cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution") and "BEGIN HIDDEN TESTS" in cell.source:
            before, _, after = cell.source.partition("### BEGIN HIDDEN TESTS")
            assert before.strip(), f"{meta['grade_id']}: no visible check before the hidden tests"
            assert after.rstrip().endswith("### END HIDDEN TESTS"), meta["grade_id"]


#: Checks that return the learner's result: as a cell's last line, IPython displays that value,
#: and nbgrader reads a displayed number as partial credit.
RETURNS_A_VALUE = {"call", "check_speed", "check_no_python_loop", "check_from_scratch"}


@pytest.mark.parametrize("lesson", LESSONS)
def test_no_test_cell_ends_in_a_value(lesson):
    for cell in _read(lesson).cells:
        meta = cell.metadata.get("nbgrader", {})
        if not (meta.get("grade") and not meta.get("solution")):
            continue
        last = ast.parse(cell.source).body[-1]
        if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call):
            func = last.value.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            assert name not in RETURNS_A_VALUE, (
                f"{meta['grade_id']}: its last line displays a value, which nbgrader reads as "
                "partial credit; assign it (`_ = ...`)"
            )
