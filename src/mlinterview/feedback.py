"""Feedback (the write stage, with report_html): pages a learner can act on, that never show a
hidden test's code.

nbgrader's ``generate_feedback`` renders the autograded notebook, whose test cells hold the
hidden tests again (autograding restores them from the gradebook) and whose error outputs carry
tracebacks quoting them. ``nbgrader_config.py`` adds two preprocessors to that step, so the
stock ``nbgrader generate_feedback`` command gets them too:

- ``HideHiddenTests`` removes every hidden-test region and reduces a test cell's outputs to what
  the checks said (the exception's name and message, the first line written to stderr);
- ``RubricSummary`` puts the rubric summary (band, points per dimension, sections to review,
  reference answers of written answers) at the top of the page. nbgrader's
  ``release_feedback`` sends only the notebook pages, so the summary travels inside them.

``generate_feedback`` runs that step for a report already built, which ``RubricSummary`` then
uses instead of building its own; ``write_lesson_report`` and ``write_course_report`` write the
full rubric reports beside nbgrader's page: text, HTML and JSON.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import nbformat
from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Bool

from mlinterview import rubric
from mlinterview.course import _raise_unless_ok, find_course_root, make_api
from mlinterview.regions import HIDDEN_PLACEHOLDER, HIDDEN_TESTS, strip_hidden_tests
from mlinterview.report import (
    LESSON_REPORT,
    CourseReport,
    LessonReport,
    build_report,
    feedback_pages,
    format_course_text,
    format_text,
    with_model_answers,
)
from mlinterview.report_html import course_html, lesson_html

COURSE_REPORT = "course-report"


def _what_the_checks_said(output: nbformat.NotebookNode) -> None:
    if output.get("output_type") == "error":
        # A traceback quotes the test's source lines; the check's message is what counts.
        output["traceback"] = [f"{output.get('ename', '')}: {output.get('evalue', '')}"]
    elif output.get("output_type") == "stream" and output.get("name") == "stderr":
        # A warning's second line quotes the source line that raised it.
        first = (output.get("text", "").strip().splitlines() or [""])[0]
        output["text"] = first + "\n"


class HideHiddenTests(NbGraderPreprocessor):
    """Remove hidden tests and the tracebacks that quote them from a feedback notebook."""

    def preprocess_cell(self, cell, resources, cell_index):
        test_cell = utils.is_grade(cell) and not utils.is_solution(cell)
        if cell.cell_type == "code" and (test_cell or f"BEGIN {HIDDEN_TESTS}" in cell.source):
            try:
                cell.source, _ = strip_hidden_tests(cell.source)
            except ValueError:
                # Markers that do not pair up (only a learner's own cell can have them): which
                # lines are hidden tests is unknown, so none of the cell is shown.
                cell.source = HIDDEN_PLACEHOLDER
            for output in cell.get("outputs", []):
                _what_the_checks_said(output)
        return cell, resources


def summary_markdown(report: LessonReport, show_model_answers: bool = True) -> str:
    """The rubric summary as markdown, for the top of nbgrader's feedback page."""
    band = report.band or "none yet"
    provisional = ", provisional until the written answers are graded" if report.pending else ""
    lines = [
        "## Rubric summary",
        "",
        f"**Band: {band}**{provisional}. "
        f"Total {report.score:g} / {report.max_score:g} points"
        + (f" ({report.pending:g} awaiting review)." if report.pending else "."),
        "",
        "| dimension | points | percent |",
        "| --- | ---: | ---: |",
    ]
    for total in report.by_dimension():
        percent = "awaiting review" if total.percent is None else f"{total.percent:.0f} %"
        weak = " (weak)" if total.weak else ""
        lines.append(f"| {total.title}{weak} | {total.score:g} / {total.max_score:g} | {percent} |")
    review = report.review()
    if review:
        lines += ["", "**To review:**", ""]
        lines += [
            f"- {rubric.BY_ID[d].title}: {'; '.join(sections)}" for d, sections in review.items()
        ]
    lines += [
        "",
        "Each check's message is under its cell below; hidden tests show what they found, "
        f"not their code. The full report is `{LESSON_REPORT}.html` beside this page when "
        "you graded yourself.",
    ]
    if show_model_answers:
        for check in with_model_answers(report.checks):
            lines += ["", f"**What a strong answer contains** (`{check.grade_id}`):", ""]
            lines += ["> " + line for line in check.model_answer.splitlines()]
    return "\n".join(lines)


#: Lesson reports built before nbgrader's generate_feedback runs in this process, by (course
#: root, lesson, student), for ``RubricSummary`` to use (see ``prebuilt``).
_PREBUILT: dict[tuple[Path, str, str], LessonReport] = {}


@contextlib.contextmanager
def prebuilt(root: Path, report: LessonReport) -> Iterator[None]:
    """While in this block, ``RubricSummary`` summarises ``report`` instead of building the
    report of its submission again (nbgrader runs it in this process)."""
    key = (Path(root).resolve(), report.lesson, report.student)
    _PREBUILT[key] = report
    try:
        yield
    finally:
        del _PREBUILT[key]


class RubricSummary(NbGraderPreprocessor):
    """Put the rubric summary of the submission at the top of its feedback page.

    It summarises the report given with ``prebuilt``, or else (the stock ``nbgrader
    generate_feedback`` command) builds the submission's report from the gradebook.
    """

    show_model_answers = Bool(
        True, help="Include the reference answers of written answers awaiting review or graded."
    ).tag(config=True)

    def preprocess(self, nb, resources):
        info = resources["nbgrader"]
        path = resources.get("metadata", {}).get("path") or "."
        key = (find_course_root(path), info["assignment"], info["student"])
        report = _PREBUILT.get(key)
        if report is None:
            report = build_report(*key)
        checks = [c for c in report.checks if c.notebook == info["notebook"]]
        page = dataclasses.replace(report, checks=checks)
        name_graded_cells(nb)
        cell = nbformat.v4.new_markdown_cell(summary_markdown(page, self.show_model_answers))
        nb.cells.insert(0, cell)
        return nb, resources


def name_graded_cells(nb: nbformat.NotebookNode) -> None:
    """Name each graded cell for the contents of the feedback page (metadata
    ``mlinterview.label``, read by the course's template): "standardize · test_standardize"
    tells a learner which check scored what, where nbgrader writes "Test cell" for all."""

    def grade_id(cell) -> str:
        return cell.metadata["nbgrader"].get("grade_id", "")

    answers = [grade_id(c) for c in nb.cells if utils.is_solution(c) and grade_id(c)]
    for cell in nb.cells:
        if not (utils.is_grade(cell) or utils.is_task(cell)) or not grade_id(cell):
            continue
        name = grade_id(cell)
        if utils.is_task(cell):
            label = f"Task · {name}"
        elif utils.is_solution(cell):
            kind = "Written answer" if cell.cell_type == "markdown" else "Your code"
            label = f"{kind} · {name}"
        else:
            exercise = rubric.exercise_of(name, answers)
            label = f"{exercise} · {name}" if exercise else name
        cell.metadata.setdefault("mlinterview", {})["label"] = label


def generate_feedback(root: Path, report: LessonReport) -> list[Path]:
    """nbgrader's feedback pages of a graded submission (``generate_feedback``), their rubric
    summary taken from ``report``; ``report.feedback`` then lists them."""
    # A practice question: its notebook's page only (nbgrader's --notebook).
    api = make_api(root, **({"notebook_id": report.question} if report.question else {}))
    with prebuilt(root, report):
        result = api.generate_feedback(report.lesson, report.student, force=True)
    _raise_unless_ok(result, "Feedback")
    report.feedback = feedback_pages(root, report.lesson, report.student, report.question)
    return report.feedback


def write_report_files(folder: Path, stem: str, text: str, page: str, data: dict) -> list[Path]:
    """Write one report as ``stem``.txt, .html and .json in ``folder``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{stem}.txt", folder / f"{stem}.html", folder / f"{stem}.json"]
    paths[0].write_text(text + "\n")
    paths[1].write_text(page)
    paths[2].write_text(json.dumps(data, indent=2) + "\n")
    return paths


def write_lesson_report(root: Path, report: LessonReport) -> list[Path]:
    """feedback/STUDENT/LESSON/rubric-report.{txt,html,json}; a practice question's
    feedback/STUDENT/SET/rubric-report-QUESTION.{txt,html,json}."""
    folder = root / "feedback" / report.student / report.lesson
    stem = f"{LESSON_REPORT}-{report.question}" if report.question else LESSON_REPORT
    return write_report_files(
        folder, stem, format_text(report), lesson_html(report), report.to_dict()
    )


def write_course_report(root: Path, report: CourseReport) -> list[Path]:
    """feedback/STUDENT/course-report.{txt,html,json}."""
    folder = root / "feedback" / report.student
    text = format_course_text(report)
    return write_report_files(folder, COURSE_REPORT, text, course_html(report), report.to_dict())
