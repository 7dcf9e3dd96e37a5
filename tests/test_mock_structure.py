"""Every mock interview follows the round's conventions (``mlinterview.mock``): one notebook per
stage with its metadata, one visible pass that reveals the next stage, the earlier stages loaded
for the learner, and each later stage graded on its own (its tests swap in references)."""

from __future__ import annotations

import ast
import re

import nbformat
import pytest
from course_harness import MOCKS, REPO

from mlinterview import mock, regions

STAGES = [(name, number) for name in MOCKS for number in range(1, len(MOCKS[name]) + 1)]


def _stage(name: str, number: int):
    return nbformat.read(REPO / "source" / name / mock.stage_file(number), 4)


def _test_cells(notebook):
    return [
        c
        for c in notebook.cells
        if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata.nbgrader.get("solution")
    ]


def _defined(code: str) -> set[str]:
    tree = ast.parse(regions.without_markers(code))
    return {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}


@pytest.mark.parametrize("name", list(MOCKS))
def test_a_mock_has_its_stages_and_a_readme(name):
    folder = REPO / "source" / name
    assert sorted(p.name for p in folder.glob("*.ipynb")) == [
        mock.stage_file(n) for n in range(1, len(MOCKS[name]) + 1)
    ]
    assert f"mlinterview mock start {name}" in (folder / "README.md").read_text()
    found = mock.read_mock(folder)
    assert [s.name for s in found.stages] == MOCKS[name]
    assert found.minutes == mock.DEFAULT_MINUTES and found.kind in (1, 2, 3)


@pytest.mark.parametrize(("name", "number"), STAGES)
def test_a_stage_describes_itself(name, number):
    meta = mock.stage_metadata(_stage(name, number))
    assert (meta["mock"], meta["stage"], meta["stages"]) == (name, number, len(MOCKS[name]))
    assert meta["name"] == MOCKS[name][number - 1] and meta["title"]
    assert len(meta["hints"]) >= 2 and all(isinstance(h, str) and h for h in meta["hints"])
    assert len(meta["follow_ups"]) >= 2
    assert all(f["question"].strip() and f["answer"].strip() for f in meta["follow_ups"])


@pytest.mark.parametrize(("name", "number"), STAGES)
def test_one_visible_pass_reveals_the_next_stage(name, number):
    passes = [
        line
        for cell in _test_cells(_stage(name, number))
        for line in regions.remove(cell.source, regions.HIDDEN_TESTS).splitlines()
        if "checks.passed(" in line
    ]
    assert len(passes) == 1, f"one `checks.passed` per stage, in its visible checks: {passes}"


@pytest.mark.parametrize(("name", "number"), [s for s in STAGES if s[1] > 1])
def test_a_later_stage_loads_the_earlier_ones_and_is_graded_on_its_own(name, number):
    notebook = _stage(name, number)
    setup = "\n".join(
        c.source for c in notebook.cells if c.cell_type == "code" and "nbgrader" not in c.metadata
    )
    assert re.search(rf"load_earlier_stages\(globals\(\), stage={number}\)", setup)
    earlier = set(MOCKS[name][: number - 1])
    for cell in _test_cells(notebook):
        hidden = regions.inside(cell.source, regions.HIDDEN_TESTS)
        first_region = regions.split(cell.source)
        swapped = _defined("\n".join(hidden))
        assert earlier <= swapped, f"{cell.metadata.nbgrader.grade_id} does not swap in {earlier}"
        # The swap comes before any visible check: the first region of code is the import.
        kinds = [r.kind for r in first_region if r.text.strip()]
        assert kinds[:2] == [None, regions.HIDDEN_TESTS], cell.metadata.nbgrader.grade_id
