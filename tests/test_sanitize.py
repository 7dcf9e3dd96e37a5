"""mlinterview.sanitize: the autograding steps that make a tampered submission gradable, each on
a tiny notebook (as nbgrader tests its own preprocessors)."""

from __future__ import annotations

import copy
import logging

import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from nbgrader import utils
from nbgrader.api import Gradebook

from mlinterview.sanitize import DropUnknownGradeIds, LimitOutputSize, RestoreHiddenTests

ASSIGNMENT = NOTEBOOK = "01-lesson"


#: A test cell as source/ has it, and as nbgrader releases it (its hidden tests removed).
WITH_HIDDEN = "checks.call(softmax)\n### BEGIN HIDDEN TESTS\nassert hidden\n### END HIDDEN TESTS"
RELEASED = "checks.call(softmax)"


def _graded(cell, grade_id: str, *, points: int | None = None, solution: bool = False):
    """``cell`` with nbgrader's metadata: graded when it has ``points``."""
    cell.metadata["nbgrader"] = {
        "grade": points is not None,
        "solution": solution,
        "locked": not solution,
        "grade_id": grade_id,
        "schema_version": 3,
        **({"points": points} if points is not None else {}),
    }
    return cell


@pytest.fixture(scope="module")
def db_url(tmp_path_factory) -> str:
    """A gradebook whose notebook has three source cells: an answer, its test, a written answer.

    One for the module (the step only reads it): a new gradebook asks alembic for its version in
    a subprocess, which takes seconds.
    """
    url = f"sqlite:///{tmp_path_factory.mktemp('gradebook') / 'gradebook.db'}"
    with Gradebook(url) as gradebook:
        gradebook.add_assignment(ASSIGNMENT)
        gradebook.add_notebook(NOTEBOOK, ASSIGNMENT)
        for name, cell_type, locked in (
            ("softmax", "code", False),
            ("test_softmax", "code", True),
            ("explain", "markdown", False),
        ):
            gradebook.add_source_cell(
                name, NOTEBOOK, ASSIGNMENT, cell_type=cell_type, locked=locked, source="..."
            )
        # As generate_assignment records a test cell: its hidden tests and their checksum.
        hidden = _graded(new_code_cell(WITH_HIDDEN), "test_hidden", points=2)
        gradebook.add_grade_cell("test_hidden", NOTEBOOK, ASSIGNMENT, max_score=2, cell_type="code")
        gradebook.add_source_cell(
            "test_hidden",
            NOTEBOOK,
            ASSIGNMENT,
            cell_type="code",
            locked=True,
            source=WITH_HIDDEN,
            checksum=utils.compute_checksum(hidden),
        )
    return url


def _submission():
    return new_notebook(
        cells=[
            new_markdown_cell("# A lesson"),
            _graded(new_code_cell("def softmax(z): ..."), "softmax", solution=True),
            _graded(new_code_cell("checks.call(softmax)"), "test_softmax", points=2),
            _graded(new_code_cell("assert True"), "test_invented", points=5),
            # What nbgrader's DeduplicateIds leaves of a second cell with a known grade id.
            new_code_cell("checks.call(softmax)", metadata={"nbgrader": {}}),
            _graded(new_markdown_cell("It sums to one."), "explain", points=1, solution=True),
        ]
    )


def _resources(db_url: str, notebook: str = NOTEBOOK, assignment: str = ASSIGNMENT) -> dict:
    return {"nbgrader": {"db_url": db_url, "notebook": notebook, "assignment": assignment}}


def test_unknown_and_duplicate_grade_ids_become_plain_cells(db_url):
    nb = _submission()
    before = copy.deepcopy(nb)
    nb, _ = DropUnknownGradeIds().preprocess(nb, _resources(db_url))

    assert [cell.source for cell in nb.cells] == [cell.source for cell in before.cells]
    assert [cell.cell_type for cell in nb.cells] == [cell.cell_type for cell in before.cells]
    kept = [cell.metadata.get("nbgrader", {}).get("grade_id") for cell in nb.cells]
    assert kept == [None, "softmax", "test_softmax", None, None, "explain"]
    for index in (3, 4):  # the invented id and the duplicate: no nbgrader metadata left
        assert "nbgrader" not in nb.cells[index].metadata
    for index in (0, 1, 2, 5):  # everything else exactly as it was
        assert nb.cells[index] == before.cells[index]


@pytest.mark.parametrize(
    ("notebook", "assignment"), [("another-notebook", ASSIGNMENT), (NOTEBOOK, "another-lesson")]
)
def test_a_notebook_missing_from_the_gradebook_passes_through_unchanged(
    db_url, notebook, assignment
):
    nb = _submission()
    before = copy.deepcopy(nb)
    resources = _resources(db_url, notebook, assignment)
    out, out_resources = DropUnknownGradeIds().preprocess(nb, resources)
    assert out == before and out_resources is resources


@pytest.mark.parametrize(
    ("submitted", "warned"),
    [(RELEASED, False), (RELEASED + "\nassert True  # weakened", True), ("pass", True)],
)
def test_hidden_tests_come_back_and_only_an_edited_test_cell_is_reported(
    db_url, caplog, submitted, warned
):
    cell = _graded(new_code_cell(submitted), "test_hidden", points=2)
    cell.metadata.nbgrader["checksum"] = utils.compute_checksum(cell)  # as generation leaves it
    step = RestoreHiddenTests()
    step.log = logging.getLogger("restore-hidden-tests")
    with caplog.at_level(logging.WARNING, logger="restore-hidden-tests"):
        nb, _ = step.preprocess(new_notebook(cells=[cell]), _resources(db_url))
    assert nb.cells[0].source == WITH_HIDDEN
    assert ("'checksum' for cell test_hidden has changed" in caplog.text) is warned


def _note(n: int) -> str:
    return f"\n... (output cut: {n:,} characters in all)\n"


def test_long_text_outputs_are_cut_with_a_note():
    long = "x" * 12_345
    cell = new_code_cell(
        "print(...)",
        outputs=[
            new_output("stream", name="stdout", text=long),
            new_output(
                "execute_result",
                data={"text/plain": long, "text/html": long, "image/png": long},
                execution_count=1,
            ),
            new_output("error", ename="ValueError", evalue=long, traceback=[long, "short"]),
        ],
    )
    nb, _ = LimitOutputSize(max_chars=10).preprocess(new_notebook(cells=[cell]), {})

    stream, result, error = nb.cells[0].outputs
    cut = "x" * 10 + _note(12_345)
    assert stream.text == cut
    assert result.data["text/plain"] == cut and result.data["text/html"] == cut
    assert result.data["image/png"] == long  # not text: left alone
    assert error.evalue == cut
    assert error.traceback == [cut, "short"]
    assert error.ename == "ValueError"


def test_short_outputs_are_untouched():
    cell = new_code_cell(
        "print(1)",
        outputs=[
            new_output("stream", name="stdout", text="x" * 10),
            new_output("execute_result", data={"text/plain": "42"}, execution_count=1),
            new_output("error", ename="E", evalue="bad", traceback=["E: bad"]),
        ],
    )
    nb = new_notebook(cells=[cell, new_markdown_cell("x" * 50)])
    before = copy.deepcopy(nb)
    nb, _ = LimitOutputSize(max_chars=10).preprocess(nb, {})
    assert nb == before


def test_the_default_limit_is_the_readmes():
    assert LimitOutputSize().max_chars == 100_000
