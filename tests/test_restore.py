"""`mlinterview restore-cells` (restore.py): the original test cells go back into a learner's
notebook at their place, and nothing else of theirs changes."""

from __future__ import annotations

import nbformat
import pytest

from mlinterview import cli
from mlinterview.course import CourseError
from mlinterview.inspection import inspect_submission
from mlinterview.restore import restore_cells

LESSON = "01-x"


def _cell(kind, source, cell_id, nbgrader=None):
    cell = (nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell)(source)
    cell["id"] = cell_id
    if nbgrader:
        cell.metadata["nbgrader"] = nbgrader
    return cell


def _answer(grade_id, source, cell_id):
    meta = {"grade": False, "solution": True, "grade_id": grade_id, "locked": False}
    return _cell("code", source, cell_id, {**meta, "schema_version": 3})


def _test(grade_id, source, cell_id, points=1):
    meta = {"grade": True, "solution": False, "grade_id": grade_id, "locked": True}
    return _cell("code", source, cell_id, {**meta, "points": points, "schema_version": 3})


def _released():
    return [
        _cell("markdown", "# 1. `f`", "m1"),
        _answer("f", "def f(x):\n    raise NotImplementedError()", "a1"),
        _test("test_f", "check_f(f)", "t1"),
        _test("test_f_edge", "check_f_edge(f)", "t2"),
        _cell("markdown", "# 2. `g`", "m2"),
        _answer("g", "def g(x):\n    raise NotImplementedError()", "a2"),
        _test("test_g", "check_g(g)", "t3"),
    ]


@pytest.fixture
def course(tmp_path):
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()  # noqa: F821\n")
    for folder in ("source", "release", "notebooks"):
        (tmp_path / folder / LESSON).mkdir(parents=True)
    notebook = nbformat.v4.new_notebook(cells=_released())
    nbformat.write(notebook, tmp_path / "source" / LESSON / f"{LESSON}.ipynb")
    nbformat.write(notebook, tmp_path / "release" / LESSON / f"{LESSON}.ipynb")
    return tmp_path


def _learner(course, cells):
    path = course / "notebooks" / LESSON / f"{LESSON}.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    return path


def test_deleted_and_changed_test_cells_go_back_and_the_answers_stay(course):
    cells = _released()
    cells[1].source = "def f(x):\n    return x  # mine"
    cells[5].source = "def g(x):\n    return 2 * x  # mine"
    mine = nbformat.v4.new_code_cell("f(3)  # my own scratch cell")
    cells.insert(2, mine)
    cells[4].source = "pass  # I weakened test_f_edge"
    del cells[3]  # test_f
    del cells[-1]  # test_g
    path = _learner(course, cells)
    before = path.read_text()

    [done] = restore_cells(course, LESSON)

    assert done.deleted == ["test_f", "test_g"] and done.changed == ["test_f_edge"]
    assert done.backup.read_text() == before and done.backup.name.startswith(f"{LESSON}.ipynb.bak-")
    restored = nbformat.read(path, as_version=4)
    sources = [c.source for c in restored.cells]
    assert sources == [
        "# 1. `f`",
        "def f(x):\n    return x  # mine",
        "f(3)  # my own scratch cell",
        "check_f(f)",
        "check_f_edge(f)",
        "# 2. `g`",
        "def g(x):\n    return 2 * x  # mine",
        "check_g(g)",
    ]
    assert restored.cells[4].metadata["nbgrader"]["grade_id"] == "test_f_edge"
    assert len({c["id"] for c in restored.cells}) == len(restored.cells)
    nbformat.validate(restored)


def test_a_complete_notebook_is_left_alone(course):
    path = _learner(course, _released())
    before = path.read_text()
    [done] = restore_cells(course, LESSON)
    assert done.backup is None and not done.deleted and not done.changed
    assert path.read_text() == before
    assert not list(path.parent.glob("*.bak-*"))


def test_an_unreadable_notebook_is_refused_and_left_as_it_is(course):
    path = course / "notebooks" / LESSON / f"{LESSON}.ipynb"
    path.write_text('{"cells": [')
    with pytest.raises(CourseError, match="not a notebook that can be read.*Nothing was changed"):
        restore_cells(course, LESSON)
    assert path.read_text() == '{"cells": ['
    assert not list(path.parent.glob("*.bak-*"))


def test_the_command_says_what_it_put_back(course, monkeypatch, capsys):
    cells = _released()
    del cells[2]
    _learner(course, cells)
    monkeypatch.chdir(course)
    assert cli.main(["restore-cells", LESSON]) == 0
    out = capsys.readouterr().out
    assert "put back the test cell `test_f`" in out and "Your answers are unchanged" in out
    assert cli.main(["restore-cells", LESSON]) == 0
    assert "nothing to change" in capsys.readouterr().out
    (course / "notebooks" / LESSON / f"{LESSON}.ipynb").write_text("not json")
    assert cli.main(["restore-cells", LESSON]) == 2
    assert "Nothing was changed" in capsys.readouterr().err


def test_the_report_note_says_what_happened_and_how_to_get_the_cells_back(course):
    cells = _released()
    cells[3].source = "pass"  # test_f_edge changed
    del cells[2]  # test_f deleted
    submitted = course / "submitted" / "ada" / LESSON
    submitted.mkdir(parents=True)
    nbformat.write(nbformat.v4.new_notebook(cells=cells), submitted / f"{LESSON}.ipynb")
    problem, notes = inspect_submission(course, LESSON, "ada")
    assert not problem
    assert notes == [
        "You deleted the test cell `test_f`; the original was put back for grading.",
        "You changed the test cell `test_f_edge`; the original was put back for grading.",
        "To put the original test cells back in your notebook (your answers are kept, and a "
        f"backup is made first), run `mlinterview restore-cells {LESSON}`.",
    ]
    assert not any("source/" in note or "restored" in note for note in notes)
