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
    format_course_summary,
    format_course_text,
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


def test_passed_checks_are_listed_on_one_short_line_and_in_the_json():
    report = LessonReport(
        "01-x",
        "learner",
        [
            _check("test_f", "algorithms", "3. f", 2, 2, PASSED),
            _check("test_f_edge", "understanding", "3. f", 1, 1, PASSED),
            _check("test_g", "implementation", "4. g", 0, 1, FAILED, "`g` returned NaN."),
        ],
    )
    lines = format_text(report).splitlines()
    assert "Passed (2): test_f, test_f_edge" in lines
    assert report.to_dict()["passed"] == ["test_f", "test_f_edge"]
    many = LessonReport(
        "01-x", "l", [_check(f"test_check_{i}", "algorithms", "s", 1, 1, PASSED) for i in range(30)]
    )
    passed = [line for line in format_text(many).splitlines() if "test_check_" in line]
    assert passed[0].startswith("Passed (30): test_check_0, ") and len(passed) > 1
    assert all(len(line) <= 96 for line in passed)


def test_the_course_summary_is_totals_only():
    lesson = LessonReport(
        "01-x",
        "a",
        [
            _check("test_f", "algorithms", "3. f", 2, 2, PASSED),
            _check("test_g", "implementation", "4. g", 0, 1, FAILED, "`g` returned NaN."),
        ],
    )
    course = CourseReport("a", [lesson], not_graded=["02-y"])
    summary = format_course_summary(course)
    assert summary.splitlines()[0] == "Course report (a): 1 of 2 lessons graded"
    assert "Total: 2 / 3 points" in summary and "Band: " in summary
    assert "ML algorithms" in summary and "Implementation" in summary
    # No lesson's details and no sections to review: the lesson's report said them already.
    assert "returned NaN" not in summary and "To review" not in summary and "01-x" not in summary
    full = format_course_text(course)
    assert "returned NaN" in full and "To review for each weak dimension" in full


def test_grade_prints_the_lesson_report_then_only_the_course_summary(tmp_path, monkeypatch, capsys):
    from mlinterview import cli

    (tmp_path / "nbgrader_config.py").write_text("c = get_config()  # noqa: F821\n")
    (tmp_path / "source").mkdir()
    lesson = LessonReport(
        "01-x", "learner", [_check("test_g", "implementation", "4. g", 0, 1, FAILED, "NaN here")]
    )
    course = CourseReport("learner", [lesson], not_graded=["02-y"])
    monkeypatch.setattr(cli, "grade", lambda *args: lesson)
    monkeypatch.setattr(cli, "build_course_report", lambda *args: course)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["grade", "01-x"]) == 0
    out = capsys.readouterr().out
    assert out.count("NaN here") == 1  # the lesson's details, once
    assert "Course report (learner): 1 of 2 lessons graded" in out
    assert out.rstrip().endswith("learner/course-report.html")
    assert out.count("Total: 0 / 1 points") == 2  # the lesson's, then the course's
