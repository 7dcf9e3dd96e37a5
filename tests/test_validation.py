"""mlinterview.validation: Validate starts with one line per exercise (on tiny notebooks already
run, so no kernel starts; tests/test_grading.py runs `nbgrader validate` on a lesson)."""

from __future__ import annotations

import importlib
import io
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output
from nbgrader.validator import Validator
from traitlets.config.loader import PyFileConfigLoader

from mlinterview import validation
from mlinterview.validation import SummaryValidator, exercise_statuses, summary_text

REPO = Path(__file__).resolve().parents[1]


def _cell(source: str, grade_id: str, *, points: int | None = None, error=None, stderr=None):
    cell = new_code_cell(source)
    cell.metadata["nbgrader"] = {
        "grade": points is not None,
        "solution": points is None,
        "locked": points is not None,
        "grade_id": grade_id,
        "schema_version": 3,
        **({"points": points} if points is not None else {}),
    }
    if error:
        ename, evalue = error
        cell.outputs = [new_output("error", ename=ename, evalue=evalue, traceback=[evalue])]
    if stderr:
        cell.outputs = [new_output("stream", name="stderr", text=stderr)]
    return cell


def _executed():
    """A lesson as the validator leaves it: one exercise of each kind."""
    stub = ("NotAttempted", "`softmax` is not attempted yet: it still raises NotImplementedError.")
    return new_notebook(
        cells=[
            _cell("def standardize(X): ...", "standardize"),
            _cell("checks.call(standardize)", "test_standardize", points=1),
            _cell("checks.call(standardize)", "test_standardize_constant", points=1),
            _cell("def softmax(z): raise NotImplementedError()", "softmax"),
            _cell("checks.call(softmax)", "test_softmax", points=2, error=stub),
            _cell("def one_hot(y): ...", "one_hot"),
            _cell("checks.call(one_hot)", "test_one_hot", points=1),
            _cell(
                "checks.call(one_hot)",
                "test_one_hot_n_classes",
                points=1,
                error=("CheckFailure", "`one_hot` returned shape (3, 2); expected (3, 4).\nMore."),
            ),
            _cell(
                "quiz = {}\nraise NotImplementedError()", "quiz", error=("NotImplementedError", "")
            ),
            _cell("check(quiz)", "test_quiz_q1", points=1, error=("NameError", "name 'quiz'")),
            _cell("x = 1/0", "plan", error=("ZeroDivisionError", "division by zero")),
            _cell("check(plan)", "test_plan", points=1, stderr="RuntimeWarning: overflow\n"),
        ]
    )


def test_each_exercise_gets_one_line_in_notebook_order():
    statuses = exercise_statuses(_executed())
    assert [(s.name, s.status, s.message) for s in statuses] == [
        ("standardize", "passes", ""),
        ("softmax", "not attempted", ""),
        ("one_hot", "fails", "`one_hot` returned shape (3, 2); expected (3, 4)."),
        ("quiz", "not attempted", ""),
        ("plan", "fails", "its answer cell raised ZeroDivisionError: division by zero"),
    ]
    assert summary_text(statuses).splitlines() == [
        "1 of 5 exercises pass their visible checks, 2 are not attempted, 2 fail:",
        "  passes         standardize",
        "  not attempted  softmax",
        "  fails          one_hot: `one_hot` returned shape (3, 2); expected (3, 4).",
        "  not attempted  quiz",
        "  fails          plan: its answer cell raised ZeroDivisionError: division by zero",
    ]


def _validator(tmp_path):
    path = tmp_path / "lesson.ipynb"
    nbformat.write(_executed(), path)
    validator = SummaryValidator()
    validator.preprocessors = []  # the notebook has run already: keep its outputs
    return validator, str(path)


def test_the_button_gets_the_summary_first_then_nbgraders_failed_cells(tmp_path):
    validator, path = _validator(tmp_path)
    stock = Validator()
    stock.preprocessors = []
    failed = validator.validate(path)["failed"]
    assert failed[0]["source"].startswith("1 of 5 exercises pass their visible checks")
    assert failed[0]["raw_error"] == validation.DETAILS_FOLLOW
    assert failed[1:] == stock.validate(path)["failed"]


def test_the_command_prints_the_summary_above_nbgraders_text(tmp_path):
    validator, path = _validator(tmp_path)
    validator.stream = io.StringIO()
    validator.validate_and_print(path)
    text = validator.stream.getvalue()
    assert text.startswith("1 of 5 exercises pass their visible checks, 2 are not attempted")
    assert "VALIDATION FAILED ON 4 CELL(S)!" in text  # the summary is not counted as a cell
    assert text.count("The following cell failed:") == 4


def test_nothing_is_added_when_every_cell_passes(tmp_path):
    path = tmp_path / "done.ipynb"
    nbformat.write(new_notebook(cells=_executed().cells[:3]), path)
    validator = SummaryValidator()
    validator.preprocessors = []
    assert validator.validate(str(path)) == {}


def test_the_course_configuration_puts_the_summary_validator_in_nbgraders_place():
    handlers = importlib.import_module("nbgrader.server_extensions.validate_assignment.handlers")
    command = importlib.import_module("nbgrader.apps.validateapp")
    try:
        PyFileConfigLoader("nbgrader_config.py", path=str(REPO)).load_config()
        assert handlers.Validator is SummaryValidator and command.Validator is SummaryValidator
    finally:
        handlers.Validator = command.Validator = Validator
