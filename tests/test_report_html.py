"""The rubric reports as HTML pages (report_html.py)."""

from __future__ import annotations

from mlinterview.report import (
    AWAITING_REVIEW,
    GRADED,
    NOT_ATTEMPTED,
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
