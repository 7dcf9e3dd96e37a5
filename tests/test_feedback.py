"""nbgrader's feedback steps (feedback.py), tested on tiny notebooks as nbgrader tests its own
preprocessors: hidden tests and tracebacks removed, the rubric summary put on top; and the
report files written beside the feedback page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from traitlets.config import Config

from mlinterview import feedback
from mlinterview.course import FEEDBACK_TEMPLATE, load_config
from mlinterview.feedback import HideHiddenTests, RubricSummary, prebuilt
from mlinterview.regions import HIDDEN_PLACEHOLDER
from mlinterview.report import (
    AWAITING_REVIEW,
    FAILED,
    PASSED,
    CheckResult,
    CourseReport,
    LessonReport,
)

REPO = Path(__file__).resolve().parents[1]
LESSON, STUDENT, NOTEBOOK = "01-x", "ada", "01-x"
MODEL_ANSWER = "Ask about the shapes first."


def test_feedback_strips_hidden_tests_and_tracebacks():
    source = "check(a)\n    ### BEGIN HIDDEN TESTS\n    secret(b)\n    ### END HIDDEN TESTS\nend()"
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
    assert cell.source == f"check(a)\n    {HIDDEN_PLACEHOLDER}\nend()"
    assert cell.outputs[0]["traceback"] == ["CheckFailure: `f` is wrong."]
    assert cell.outputs[1]["text"] == "w.py:3: Warning: x\n"


def test_feedback_hides_a_cell_whose_hidden_test_markers_do_not_pair_up():
    cell = nbformat.v4.new_code_cell("mine()\n### BEGIN HIDDEN TESTS\nsecret(b)")
    cell.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "f"}
    cell, _ = HideHiddenTests().preprocess_cell(cell, {}, 0)
    assert cell.source == HIDDEN_PLACEHOLDER


def _report(notebook_of_plan: str = NOTEBOOK) -> LessonReport:
    def check(notebook, grade_id, dimension, kind, score, status):
        return CheckResult(notebook, grade_id, dimension, "2. f", kind, score, 2, status)

    plan = check(notebook_of_plan, "plan", "communication", "manual", 0, AWAITING_REVIEW)
    plan.model_answer = MODEL_ANSWER
    checks = [
        check(NOTEBOOK, "test_f", "algorithms", "autograded", 2, PASSED),
        check(NOTEBOOK, "test_f_stable", "implementation", "autograded", 0, FAILED),
        plan,
    ]
    return LessonReport(LESSON, STUDENT, checks)


@pytest.fixture
def course(tmp_path):
    """Where RubricSummary finds the course: a folder with nbgrader_config.py and source/."""
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()  # noqa: F821\n")
    (tmp_path / "source").mkdir()
    (tmp_path / "autograded" / STUDENT / LESSON).mkdir(parents=True)
    return tmp_path


def _summarise(course, step=None):
    """A tiny feedback notebook after RubricSummary: returns its cells."""
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell("# Lesson"), nbformat.v4.new_code_cell("f(1)")]
    )
    resources = {
        "nbgrader": {"assignment": LESSON, "student": STUDENT, "notebook": NOTEBOOK},
        "metadata": {"path": str(course / "autograded" / STUDENT / LESSON)},
    }
    notebook, _ = (step or RubricSummary()).preprocess(notebook, resources)
    return notebook.cells


def _no_building(monkeypatch):
    def build_report(*args):
        raise AssertionError(f"RubricSummary built a report {args} although one was given")

    monkeypatch.setattr(feedback, "build_report", build_report)


def test_the_summary_goes_on_top_of_the_page(course, monkeypatch):
    _no_building(monkeypatch)
    with prebuilt(course, _report()):
        cells = _summarise(course)
    assert [c.cell_type for c in cells] == ["markdown", "markdown", "code"]
    summary = cells[0].source
    assert summary.startswith("## Rubric summary")
    assert "Total 2 / 6 points (2 awaiting review)." in summary
    assert "| Implementation (weak) | 0 / 2 | 0 % |" in summary
    assert cells[1].source == "# Lesson" and cells[2].source == "f(1)"


def test_model_answers_are_shown_unless_the_instructor_turns_them_off(course, monkeypatch):
    _no_building(monkeypatch)
    with prebuilt(course, _report()):
        shown = _summarise(course)[0].source
        config = Config({"RubricSummary": {"show_model_answers": False}})
        hidden = _summarise(course, RubricSummary(config=config))[0].source
    assert "**What a strong answer contains** (`plan`)" in shown and MODEL_ANSWER in shown
    assert "What a strong answer contains" not in hidden and MODEL_ANSWER not in hidden


def test_the_summary_uses_the_prebuilt_report_and_only_this_notebooks_checks(course, monkeypatch):
    _no_building(monkeypatch)
    given = _report(notebook_of_plan="other-notebook")
    with prebuilt(course, given):
        summary = _summarise(course)[0].source
    assert "Total 2 / 4 points." in summary  # the plan is another notebook's
    assert len(given.checks) == 3  # the report given is left as it was
    assert not feedback._PREBUILT


def test_without_a_prebuilt_report_it_builds_its_own(course, monkeypatch):
    """As under the stock `nbgrader generate_feedback` command."""
    asked = []

    def build_report(root, lesson, student):
        asked.append((root, lesson, student))
        return _report()

    monkeypatch.setattr(feedback, "build_report", build_report)
    summary = _summarise(course)[0].source
    assert asked == [(course.resolve(), LESSON, STUDENT)]
    assert "Total 2 / 6 points" in summary
    with prebuilt(course, LessonReport(LESSON, "someone-else")):
        _summarise(course)
    assert len(asked) == 2  # a report of another student is not this submission's


def test_the_report_files_are_written_beside_the_feedback_page(tmp_path):
    report = _report()
    paths = feedback.write_lesson_report(tmp_path, report)
    folder = tmp_path / "feedback" / STUDENT / LESSON
    assert paths == [folder / f"rubric-report.{suffix}" for suffix in ("txt", "html", "json")]
    assert json.loads(paths[2].read_text()) == report.to_dict()
    assert paths[0].read_text().startswith(f"Rubric report: {LESSON} ({STUDENT})")
    course = CourseReport(STUDENT, [report], not_graded=["02-y"])
    paths = feedback.write_course_report(tmp_path, course)
    assert [p.name for p in paths] == [
        "course-report.txt",
        "course-report.html",
        "course-report.json",
    ]
    assert json.loads(paths[2].read_text())["not_graded"] == ["02-y"]


def _feedback_page(course, cells) -> str:
    """nbgrader's feedback page of a tiny graded notebook, rendered as ``generate_feedback``
    renders it with the course's nbgrader_config.py (template and preprocessors)."""
    from nbconvert.exporters import HTMLExporter
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
    from nbgrader.converters import GenerateFeedback
    from nbgrader.coursedir import CourseDirectory

    config = load_config(REPO)
    converter = GenerateFeedback(coursedir=CourseDirectory(config=config), config=config)
    exporter = HTMLExporter(parent=converter, config=converter.config)  # as converter.start()
    exporter.register_preprocessor(CSSHTMLHeaderPreprocessor, enabled=True)
    notebook = nbformat.v4.new_notebook(cells=cells)
    resources = {
        "nbgrader": {
            "assignment": LESSON,
            "student": STUDENT,
            "notebook": NOTEBOOK,
            "score": 2,
            "max_score": 6,
            "late_penalty": 0,
        },
        "metadata": {"path": str(course / "autograded" / STUDENT / LESSON), "name": NOTEBOOK},
    }
    with prebuilt(course, _report()):
        for step in (HideHiddenTests(), RubricSummary()):
            notebook, resources = step.preprocess(notebook, resources)
        page, _ = exporter.from_notebook_node(notebook, resources)
    return page


def _graded(cell, grade_id, points, solution=False):
    cell.metadata["nbgrader"] = {
        "grade": not solution or cell.cell_type == "markdown",
        "solution": solution,
        "grade_id": grade_id,
        "locked": not solution,
        "points": points,
        "score": 0 if points else None,
        "schema_version": 3,
    }
    return cell


def test_the_feedback_page_names_its_checks_wraps_messages_and_loads_nothing(course, monkeypatch):
    _no_building(monkeypatch)
    long_message = "`f` returned the wrong values: " + "x" * 400
    failed = nbformat.v4.new_output("error", ename="CheckFailure", evalue=long_message)
    failed["traceback"] = ["secret()"]
    cells = [
        nbformat.v4.new_markdown_cell("# 2. `f`"),
        _graded(nbformat.v4.new_code_cell("def f(x):\n    return x"), "f", 0, solution=True),
        _graded(nbformat.v4.new_code_cell("check(f)", outputs=[failed]), "test_f_stable", 2),
        _graded(nbformat.v4.new_markdown_cell("I would ask."), "plan", 2, solution=True),
    ]
    page = _feedback_page(course, cells)
    # The contents name each check by exercise, not "Test cell".
    assert "f · test_f_stable</a>" in page and "Written answer · plan</a>" in page
    assert ">Test cell<" not in page
    # Room between table columns, and long messages wrap.
    assert ".rendered_html th, .rendered_html td" in page and "white-space: pre-wrap" in page
    assert long_message in page and "secret()" not in page
    # Nothing from the network: no script, stylesheet or image with an http(s) address.
    remote = re.findall(r"<(?:script|link|img)\b[^>]*\b(?:src|href)\s*=\s*[\"']?https?:", page)
    assert not remote, remote
    assert "MathJax" not in page and "cdnjs" not in page


def test_the_feedback_template_is_set_for_generate_feedback_only():
    """nbgrader's formgrader renders its own pages with its own template from the same config."""
    config = load_config(REPO)
    assert config.GenerateFeedback.HTMLExporter.template_file == FEEDBACK_TEMPLATE
    assert "template_file" not in config.HTMLExporter
    assert "extra_template_basedirs" not in config.HTMLExporter
