"""The terminal report: totals per dimension, failures grouped by section."""

from __future__ import annotations

from mlinterview.report import (
    AWAITING_REVIEW,
    FAILED,
    NOT_ATTEMPTED,
    PASSED,
    CheckResult,
    LessonReport,
    format_text,
)


def _check(grade_id, dimension, section, score, max_score, status, message=""):
    return CheckResult(
        "nb", grade_id, dimension, section, "autograded", score, max_score, status, message
    )


def test_report_totals_and_groups_failures_by_section():
    stub = "`f` is not attempted yet."
    report = LessonReport(
        "01-x",
        "learner",
        [
            _check("test_f", "algorithms", "3. f", 0, 2, NOT_ATTEMPTED, stub),
            _check("test_f_edge", "understanding", "3. f", 0, 1, NOT_ATTEMPTED, stub),
            _check("test_g", "algorithms", "4. g", 2, 2, PASSED),
            _check("test_g_stable", "implementation", "4. g", 0, 1, FAILED, "`g` returned NaN."),
            _check("plan", "communication", "5. plan", 0, 3, AWAITING_REVIEW),
        ],
    )
    text = format_text(report)
    assert "Total: 2 / 9 points" in text
    assert "(3 awaiting review)" in text
    lines = text.splitlines()
    # The stub's message is said once for both cells of section 3.
    assert text.count(stub) == 1
    assert "    - not attempted: test_f [ML algorithms, 2 pt], test_f_edge [" in text
    assert lines.index("  3. f") < lines.index("  4. g") < lines.index("  5. plan")
    assert "test_g [" not in text  # passed checks are not listed
    assert "      `g` returned NaN." in lines


def test_a_cell_scored_zero_for_stderr_output_says_why(tmp_path):
    import nbformat

    from mlinterview.report import _error_messages

    def cell(grade_id, outputs):
        code = nbformat.v4.new_code_cell("...", outputs=outputs)
        code.metadata["nbgrader"] = {"grade_id": grade_id, "grade": True}
        return code

    stderr = nbformat.v4.new_output("stream", name="stderr", text="RuntimeWarning: divide\nmore")
    error = nbformat.v4.new_output("error", ename="CheckFailure", evalue="`f` is wrong.")
    notebook = nbformat.v4.new_notebook(
        cells=[cell("warns", [stderr]), cell("both", [stderr, error]), cell("quiet", [])]
    )
    path = tmp_path / "nb.ipynb"
    nbformat.write(notebook, path)
    errors = _error_messages(path)
    assert errors == {
        "warns": ("stderr", "RuntimeWarning: divide"),
        "both": ("CheckFailure", "`f` is wrong."),
    }
