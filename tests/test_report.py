"""The rubric report (report.py): totals per dimension, the band, failures grouped by section,
the messages read from the autograded notebook, the terminal text."""

from __future__ import annotations

import nbformat

from mlinterview.report import (
    AWAITING_REVIEW,
    FAILED,
    GRADED,
    NOT_ATTEMPTED,
    PASSED,
    CheckResult,
    CourseReport,
    LessonReport,
    _error_messages,
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


def test_the_band_reads_the_points_decided_and_every_dimension():
    report = LessonReport(
        "01-x",
        "learner",
        [
            _check("test_f", "algorithms", "3. f", 4, 4, PASSED),
            _check("test_g", "implementation", "4. g", 0, 1, FAILED, "slow"),
            _check("plan", "communication", "5. plan", 0, 3, AWAITING_REVIEW),
        ],
    )
    # 4 of the 5 decided points (80 %), but implementation is at 0 %: lean no hire.
    assert report.percent == 80 and report.pending == 3
    assert report.band == "lean no hire"
    assert report.review() == {"implementation": ["4. g"]}
    text = format_text(report)
    assert "Band: lean no hire (80 % of the 5 points decided, provisional" in text
    assert "Implementation: 4. g" in text
    data = report.to_dict()
    assert data["band"] == "lean no hire" and data["provisional"] is True


def manual(status, score, student="a"):
    """A written answer's check with a reference answer, and its one-check report."""
    check = _check("plan", "communication", "5. plan", score, 3, status)
    check.kind, check.model_answer = "manual", "**Questions.** Ask about <b>shapes</b>."
    return LessonReport("01-x", student, [check])


def test_model_answers_show_once_written_never_before():
    waiting, template, graded = (
        manual(AWAITING_REVIEW, 0),
        manual(NOT_ATTEMPTED, 0, "b"),
        manual(GRADED, 2, "c"),
    )
    assert "What a strong answer contains: plan" in format_text(waiting)
    assert "What a strong answer contains" in format_text(graded)
    assert "What a strong answer contains" not in format_text(template)
    assert graded.band == "lean no hire" and not graded.pending  # 2 / 3 = 67 %, under 70 %


def test_the_course_report_adds_up_its_lessons():
    course = CourseReport("a", [manual(AWAITING_REVIEW, 0), manual(GRADED, 2)], not_graded=["02-y"])
    assert course.score == 2 and course.max_score == 6 and course.pending == 3
    assert course.to_dict()["not_graded"] == ["02-y"]
