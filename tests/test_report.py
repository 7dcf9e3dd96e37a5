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


def test_band_uses_the_points_decided_and_every_dimension_floor():
    from mlinterview.rubric import hiring_band

    assert hiring_band(90, [100, 75]) == "strong hire"
    assert hiring_band(90, [100, 65]) == "hire"  # one dimension below 70 %
    assert hiring_band(75, [100, 40]) == "lean no hire"  # one dimension below 50 %
    assert hiring_band(49.9, [100]) == "no hire"
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


def test_model_answers_show_once_written_never_before():
    from mlinterview.report import GRADED, CourseReport

    def manual(status, score):
        check = _check("plan", "communication", "5. plan", score, 3, status)
        check.kind, check.model_answer = "manual", "**Questions.** Ask about <b>shapes</b>."
        return check

    waiting = LessonReport("01-x", "a", [manual(AWAITING_REVIEW, 0)])
    template = LessonReport("01-x", "b", [manual(NOT_ATTEMPTED, 0)])
    graded = LessonReport("01-x", "c", [manual(GRADED, 2)])
    assert "What a strong answer contains: plan" in format_text(waiting)
    assert "What a strong answer contains" in format_text(graded)
    assert "What a strong answer contains" not in format_text(template)
    assert graded.band == "lean no hire" and not graded.pending  # 2 / 3 = 67 %, under 70 %

    from mlinterview.report_html import course_html, lesson_html

    page = lesson_html(waiting)
    assert "<strong>Questions.</strong>" in page and "<b>shapes</b>" not in page
    assert "What a strong answer contains" not in lesson_html(template)
    course = CourseReport("a", [waiting, graded], not_graded=["02-y"])
    assert course.score == 2 and course.max_score == 6 and course.pending == 3
    assert "not graded" in course_html(course)


def test_feedback_strips_hidden_tests_and_tracebacks():
    import nbformat

    from mlinterview.feedback import HideHiddenTests
    from mlinterview.regions import HIDDEN_PLACEHOLDER, strip_hidden_tests

    source = "check(a)\n    ### BEGIN HIDDEN TESTS\n    secret(b)\n    ### END HIDDEN TESTS\nend()"
    stripped, removed = strip_hidden_tests(source)
    assert removed and stripped == f"check(a)\n    {HIDDEN_PLACEHOLDER}\nend()"
    cell = nbformat.v4.new_code_cell(
        source,
        outputs=[
            nbformat.v4.new_output(
                "error", ename="CheckFailure", evalue="`f` is wrong.", traceback=["secret(b)"]
            ),
            nbformat.v4.new_output("stream", name="stderr", text="w.py:3: Warning: x\n  secret(b)"),
        ],
    )
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "test_f"}
    cell, _ = HideHiddenTests().preprocess_cell(cell, {}, 0)
    assert "secret" not in cell.source
    assert cell.outputs[0]["traceback"] == ["CheckFailure: `f` is wrong."]
    assert cell.outputs[1]["text"] == "w.py:3: Warning: x\n"


def test_feedback_hides_a_cell_whose_hidden_test_markers_do_not_pair_up():
    import nbformat

    from mlinterview.feedback import HideHiddenTests
    from mlinterview.regions import HIDDEN_PLACEHOLDER

    cell = nbformat.v4.new_code_cell("mine()\n### BEGIN HIDDEN TESTS\nsecret(b)")
    cell.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "f"}
    cell, _ = HideHiddenTests().preprocess_cell(cell, {}, 0)
    assert cell.source == HIDDEN_PLACEHOLDER
