"""The rubric reports as HTML pages (report_html.py)."""

from __future__ import annotations

from mlinterview.report import (
    AWAITING_REVIEW,
    FAILED,
    GRADED,
    NOT_ATTEMPTED,
    PASSED,
    CheckResult,
    CourseReport,
    LessonReport,
)
from mlinterview.report_html import course_html, lesson_html


def manual(status, score):
    """The report of one written answer, with its reference answer."""
    check = CheckResult("nb", "plan", "communication", "5. plan", "manual", score, 3, status)
    check.model_answer = "**Questions.** Ask about <b>shapes</b>."
    return LessonReport("01-x", "a", [check])


def test_a_model_answer_is_rendered_markdown_with_its_html_escaped():
    page = lesson_html(manual(AWAITING_REVIEW, 0))
    assert "<strong>Questions.</strong>" in page and "<b>shapes</b>" not in page
    assert "data:image/png;base64," in page  # the chart, inside the page


def test_no_model_answer_before_the_learner_wrote_one():
    assert "What a strong answer contains" not in lesson_html(manual(NOT_ATTEMPTED, 0))


def test_the_course_page_lists_the_lessons_not_graded():
    course = CourseReport("a", [manual(AWAITING_REVIEW, 0), manual(GRADED, 2)], not_graded=["02-y"])
    assert "not graded" in course_html(course)


def _lesson_with(message, section="2. `standardize`", note="", problem=""):
    checks = [
        CheckResult("nb", "test_f", "algorithms", section, "autograded", 2, 2, PASSED),
        CheckResult("nb", "test_g", "algorithms", section, "autograded", 0, 2, FAILED, message),
    ]
    return LessonReport("01-x", "a", checks, notes=[note] if note else [], problem=problem)


def test_learner_facing_text_renders_inline_markdown():
    page = lesson_html(
        _lesson_with("`g` is *wrong*", note="You deleted the test cell `test_x`.", problem="`x`")
    )
    assert "<code>g</code> is <em>wrong</em>" in page
    assert "<code>standardize</code>" in page  # sections, and the list to review
    assert "You deleted the test cell <code>test_x</code>." in page
    assert "`" not in page.split("<body>")[1]  # no raw backticks anywhere a learner reads
    course = course_html(CourseReport("a", [_lesson_with("`g` is wrong", problem="`nb` broke")]))
    assert "<code>g</code> is wrong" in course and "<code>nb</code> broke" in course


def test_no_message_or_learner_text_can_inject_html():
    hostile = "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))"
    page = lesson_html(_lesson_with(hostile, section=hostile, note=hostile, problem=hostile))
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "javascript:" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_passed_checks_are_listed_folded_beside_the_failed_ones():
    page = lesson_html(_lesson_with("`g` is wrong"))
    assert "<details class=passed><summary>Passed checks (1)</summary>" in page
    folded = page.split("<details class=passed>")[1].split("</details>")[0]
    assert "<code>test_f</code>" in folded and "test_g" not in folded
    assert page.index("To look at") < page.index("Passed checks (1)")
