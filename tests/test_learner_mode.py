"""mlinterview.checks.learner_mode: in a learner's kernel a stub says "not attempted" in one
line and Run All goes on, a failed check shows its message and the learner's own frames only;
a grading kernel fails the same cells, and the grader fails a test cell whose kernel was talked
out of grading mode. Two real kernels, about a second each."""

from __future__ import annotations

import os
import re

from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from mlinterview.checks.learner_mode import GRADING_ENV, NOT_ATTEMPTED_MARK
from mlinterview.grading_kernel import GuardedExecute

STUB = "def standardize(X):\n    raise NotImplementedError()"
CHECK = "from mlinterview import checks\nchecks.call(standardize, [[1.0]])\nprint('after')"
BROKEN = (
    "def softmax(z):\n    return 1 / 0\nfrom mlinterview import checks\nchecks.call(softmax, [1.0])"
)
WRONG = "from mlinterview import checks\nchecks.check_close('softmax', [0.2, 0.8], [0.5, 0.5])"


def _cells():
    return [
        new_code_cell(STUB),
        new_code_cell(CHECK),
        new_code_cell("standardize([[1.0]])"),  # a stub called outside the checks
        new_code_cell("raise NotImplementedError()"),  # an answer cell still at its stub
        new_code_cell("print('the lesson goes on')"),
        new_code_cell(BROKEN),
        new_code_cell(WRONG),
    ]


def _plain(lines) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(lines))


def _outputs(cell, kind):
    return [o for o in cell.outputs if o.output_type == kind]


def test_a_learners_kernel_guides_and_run_all_goes_on(monkeypatch):
    monkeypatch.delenv(GRADING_ENV, raising=False)
    nb = new_notebook(cells=_cells())
    # allow_errors=False: the run stops at the first cell whose status is an error, as Run All.
    NotebookClient(nb, kernel_name="python3", timeout=30, allow_errors=True).execute()
    stub_check, stub_call, stub_cell, goes_on, broken, wrong = nb.cells[1:]
    for cell, name in [(stub_check, "`standardize`"), (stub_call, "`standardize`")]:
        (line,) = _outputs(cell, "display_data")
        assert line.metadata[NOT_ATTEMPTED_MARK] is True
        assert name in line.data["text/plain"] and "not attempted" in line.data["text/plain"]
        assert not _outputs(cell, "error") and "after" not in str(cell.outputs)
    (line,) = _outputs(stub_cell, "display_data")
    assert "this cell still has `raise NotImplementedError()`" in line.data["text/plain"]
    assert _outputs(goes_on, "stream")[0].text == "the lesson goes on\n"
    # A failed check: its message, the learner's frame, no frame of the course's checks.
    (error,) = _outputs(broken, "error")
    text = _plain(error.traceback)
    assert "Check failed" in text and "ZeroDivisionError" in text and "return 1 / 0" in text
    assert "mlinterview" not in text.replace("from mlinterview import checks", "")
    (error,) = _outputs(wrong, "error")
    assert error.traceback[0].endswith(str(error.evalue)) and len(error.traceback) == 1


def test_the_same_cells_stop_run_all_in_a_learners_kernel_only_at_a_real_failure(monkeypatch):
    monkeypatch.delenv(GRADING_ENV, raising=False)
    nb = new_notebook(cells=_cells())
    client = NotebookClient(nb, kernel_name="python3", timeout=30, allow_errors=False)
    try:
        client.execute()
    except Exception as stop:  # nbclient's CellExecutionError at the first error status
        assert "ZeroDivisionError" in str(stop) or "Check failed" in str(stop)
    else:
        raise AssertionError("the broken softmax cell must stop Run All")
    assert _outputs(nb.cells[4], "stream")[0].text == "the lesson goes on\n"


def test_a_grading_kernel_fails_the_stub_cells(monkeypatch):
    monkeypatch.delenv(GRADING_ENV, raising=False)  # the kernel manager sets it itself
    cells = (
        GuardedExecute(kernel_name="python3", timeout=30)
        .preprocess(new_notebook(cells=_cells()), {})[0]
        .cells
    )
    for cell in cells[1:4]:
        (error,) = _outputs(cell, "error")
        assert error.ename in {"NotAttempted", "NotImplementedError"}
    assert not _outputs(cells[1], "display_data")


def test_the_grader_fails_a_test_cell_that_printed_the_learners_line(monkeypatch):
    monkeypatch.delenv(GRADING_ENV, raising=False)
    test_meta = {
        "nbgrader": {"grade": True, "solution": False, "grade_id": "test_standardize", "points": 1}
    }
    escape = f"import os\nos.environ.pop({GRADING_ENV!r})\n" + STUB
    cells = [new_code_cell(escape), new_code_cell(CHECK, metadata=test_meta)]
    cells = (
        GuardedExecute(kernel_name="python3", timeout=30)
        .preprocess(new_notebook(cells=cells), {})[0]
        .cells
    )
    (error,) = cells[1].outputs
    assert error.output_type == "error" and error.ename == "NotAttempted"
    assert error.evalue.startswith("`standardize` is not attempted yet")
    assert GRADING_ENV not in os.environ


def test_a_missing_package_says_what_to_install(monkeypatch):
    """Lesson 05's first cell without PyTorch: one line saying how to install it, no traceback."""
    monkeypatch.delenv(GRADING_ENV, raising=False)
    hide_torch = "import sys\nsys.modules['torch'] = None\n"
    nb = new_notebook(
        cells=[new_code_cell(hide_torch + "from mlinterview import checks\nchecks.require_torch()")]
    )
    NotebookClient(nb, kernel_name="python3", timeout=30, allow_errors=True).execute()
    (error,) = _outputs(nb.cells[0], "error")
    text = _plain(error.traceback)
    assert len(error.traceback) == 1 and text.startswith("Missing package: Lesson 05 needs PyTorch")
    assert "pip install torch==2.13.0" in text and "restart the kernel" in text
