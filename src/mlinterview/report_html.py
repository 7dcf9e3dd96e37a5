"""The rubric reports as self-contained HTML pages, each with a chart of the dimensions.

One file per page: the chart is a PNG embedded as base64 and the style is inline, so a page
opens from a feedback folder, an e-mail or a learning platform without anything beside it.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence

import mistune
from mistune.core import BlockState

from mlinterview import rubric
from mlinterview.report import (
    GRADED,
    PASSED,
    CheckResult,
    CourseReport,
    DimensionTotal,
    LessonReport,
    passed_checks,
    with_model_answers,
)

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #222; line-height: 1.45; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.75rem; text-align: left; }
td.num, th.num { text-align: right; }
.weak { color: #b00020; font-weight: 600; }
.band { font-size: 1.3rem; font-weight: 600; }
.message { color: #444; margin: 0.1rem 0 0.6rem 1rem; }
.model { border-left: 4px solid #6a9fd8; padding: 0 1rem; background: #f5f8fc; }
.problem { border-left: 4px solid #b00020; padding: 0.5rem 1rem; background: #fdf2f2; }
code { background: #f2f2f2; padding: 0 0.2rem; }
details.passed { margin: 1rem 0; }
details.passed summary { cursor: pointer; font-weight: 600; }
"""


def escape(text: object) -> str:
    """``text`` safe inside an HTML page."""
    return html.escape(str(text))


# Raw HTML inside a model answer, a message or a learner's text is shown as text, never run.
_markdown = mistune.create_markdown(escape=True)


def _md(text: object) -> str:
    """One line of learner-facing text with its inline markdown rendered (code spans, emphasis).

    Messages and section names put names in backticks; shown raw, the backticks are noise. Only
    inline markdown: a message never becomes a heading or a list, and any HTML in it (a learner's
    repr, say) is escaped, so nothing a check quotes can add markup to the page.
    """
    return _markdown.renderer(_markdown.inline(str(text), {}), BlockState())


def _pt(value: float) -> str:
    return f"{value:g}"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} %"


def dimension_chart(labels: Sequence[str], percents: Sequence[float | None], title: str) -> str:
    """A horizontal bar chart of percents (None: nothing decided yet), as a data: URI."""
    # Imported here: matplotlib takes about half a second to import, and only the HTML pages
    # need it. No pyplot: no global state, works headless.
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6.5, 0.45 * len(labels) + 1.1), dpi=100)
    axes = figure.add_subplot()
    values = [p or 0.0 for p in percents]
    colours = [
        "#b00020" if p is not None and p < rubric.WEAK_BELOW_PERCENT else "#3b7dd8"
        for p in percents
    ]
    positions = list(range(len(labels)))[::-1]
    axes.barh(positions, values, color=colours)
    axes.set_yticks(positions, labels)
    axes.set_xlim(0, 100)
    axes.axvline(rubric.WEAK_BELOW_PERCENT, color="#888", linestyle="--", linewidth=1)
    for y, p in zip(positions, percents, strict=True):
        axes.text(
            min((p or 0.0) + 1, 88),
            y,
            "awaiting review" if p is None else f"{p:.0f} %",
            va="center",
            fontsize=9,
        )
    axes.set_xlabel(
        f"percent of points decided (dashed: {rubric.WEAK_BELOW_PERCENT:.0f} %, weak below)"
    )
    axes.set_title(title)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def html_page(title: str, body: list[str]) -> str:
    """A whole self-contained page (the course's style, no outside resource)."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def dimension_table(totals: list[DimensionTotal]) -> list[str]:
    """The five rubric dimensions as a table: points, percent and what awaits review."""
    rows = [
        "<table><tr><th>dimension</th><th class=num>points</th><th class=num>percent</th>"
        "<th>awaiting review</th></tr>"
    ]
    for t in totals:
        cls = " class=weak" if t.weak else ""
        rows.append(
            f"<tr><td{cls}>{escape(t.title)}</td>"
            f"<td class=num>{_pt(t.score)} / {_pt(t.max_score)}</td>"
            f"<td class=num{' weak' if t.weak else ''}>{_pct(t.percent)}</td>"
            f"<td>{_pt(t.pending) + ' pt' if t.pending else ''}</td></tr>"
        )
    rows.append("</table>")
    return rows


def _summary(report: LessonReport | CourseReport, title: str) -> list[str]:
    totals = report.by_dimension()
    chart = dimension_chart([t.title for t in totals], [t.percent for t in totals], title)
    pending = f" ({_pt(report.pending)} awaiting review)" if report.pending else ""
    band = report.band or "none yet"
    provisional = " (provisional: some answers await review)" if report.pending else ""
    body = [
        f"<p class=band>Band: {escape(band)}{escape(provisional)}</p>",
        f"<p>Total: {_pt(report.score)} / {_pt(report.max_score)} points{escape(pending)}; "
        f"{_pct(report.percent)} of the points decided.</p>",
        f'<img alt="{escape(title)}: percent per rubric dimension" src="{chart}">',
        *dimension_table(totals),
    ]
    review = report.review()
    if review:
        body.append("<h2>To review for each weak dimension</h2><ul>")
        for dimension, sections in review.items():
            title = escape(rubric.BY_ID[dimension].title)
            body.append(f"<li><b>{title}</b>: {_md('; '.join(sections))}</li>")
        body.append("</ul>")
    return body


def _checks(checks: list[CheckResult]) -> list[str]:
    not_passed = [c for c in checks if c.status not in (PASSED, GRADED)]
    if not not_passed:
        return ["<p>Every check passed.</p>"]
    body = ["<h2>To look at, by section of the notebook</h2>"]
    section = None
    for check in not_passed:
        if check.section != section:
            section = check.section
            body.append(f"<h3>{_md(section or '(no section)')}</h3>")
        dimension = rubric.BY_ID[check.dimension].title
        body.append(
            f"<div><b>{escape(check.status)}</b>: <code>{escape(check.grade_id)}</code> "
            f"({escape(dimension)}, {_pt(check.score)} / {_pt(check.max_score)} pt)</div>"
        )
        if check.message:
            body.append(f"<div class=message>{_md(check.message)}</div>")
    return body


def _passed(checks: list[CheckResult]) -> list[str]:
    """The passed checks, folded away: what already works, one click off, without pushing the
    failures down the page."""
    passed = passed_checks(checks)
    if not passed:
        return []
    body = [f"<details class=passed><summary>Passed checks ({len(passed)})</summary><ul>"]
    for check in passed:
        dimension = rubric.BY_ID[check.dimension].title
        body.append(
            f"<li><code>{escape(check.grade_id)}</code> ({_md(check.section or '(no section)')}; "
            f"{escape(dimension)}, {_pt(check.max_score)} pt)</li>"
        )
    body.append("</ul></details>")
    return body


def model_answer_html(checks: list[CheckResult]) -> list[str]:
    shown = with_model_answers(checks)
    body = []
    if shown:
        body.append("<h2>What a strong answer contains</h2>")
        body.append("<p>Compare your written answers with these reference answers.</p>")
    for check in shown:
        body.append(f"<h3><code>{escape(check.grade_id)}</code> ({_md(check.section)})</h3>")
        body.append(f"<div class=model>{_markdown(check.model_answer)}</div>")
    return body


def lesson_html(report: LessonReport) -> str:
    title = f"Rubric report: {report.lesson} ({report.student})"
    body = [f"<h1>{escape(title)}</h1>"]
    if report.problem:
        body.append(f"<p class=problem>Not graded as submitted: {_md(report.problem)}</p>")
    body += [f"<p class=problem>Note: {_md(note)}</p>" for note in report.notes]
    body += _summary(report, report.lesson)
    body += _checks(report.checks)
    body += _passed(report.checks)
    body += model_answer_html(report.checks)
    if report.feedback:
        links = ", ".join(
            f'<a href="{escape(p.name)}">{escape(p.name)}</a>' for p in report.feedback
        )
        body.append(f"<p>nbgrader's feedback on the notebook: {links}</p>")
    return html_page(title, body)


def course_html(report: CourseReport) -> str:
    title = f"Course report ({report.student})"
    body = [f"<h1>{escape(title)}</h1>"]
    body += _summary(report, "all graded lessons")
    body.append(
        "<h2>Lessons</h2><table><tr><th>lesson</th><th class=num>points</th>"
        "<th class=num>percent</th><th>band</th></tr>"
    )
    for lesson in report.lessons:
        body.append(
            f'<tr><td><a href="{escape(lesson.lesson)}/rubric-report.html">'
            f"{escape(lesson.lesson)}</a>"
            f"</td><td class=num>{_pt(lesson.score)} / {_pt(lesson.max_score)}</td>"
            f"<td class=num>{_pct(lesson.percent)}</td><td>{escape(lesson.band or '-')}</td></tr>"
        )
    for lesson in report.not_graded:
        body.append(f"<tr><td>{escape(lesson)}</td><td colspan=3>not graded</td></tr>")
    body.append("</table>")
    for lesson in report.lessons:
        body.append(f"<h2>{escape(lesson.lesson)}</h2>")
        if lesson.problem:
            body.append(f"<p class=problem>Not graded as submitted: {_md(lesson.problem)}</p>")
        body += [
            line.replace("<h2>", "<h3>").replace("</h2>", "</h3>")
            for line in _checks(lesson.checks)
        ]
    return html_page(title, body)


def class_html(report) -> str:
    """The class report: dimensions weakest first (with a chart), checks failed most often,
    and one row per student and lesson."""
    title = f"Class report: {', '.join(report.lessons)}"
    dims = report.dimension_summary()
    in_order = sorted(dims, key=lambda r: rubric.DIMENSION_IDS.index(r["dimension"]))
    chart = dimension_chart(
        [r["title"] for r in in_order], [r["percent"] for r in in_order], "class, all students"
    )
    body = [
        f"<h1>{escape(title)}</h1>",
        f"<p>{len(report.students)} students, {len(report.reports)} graded submissions.</p>",
        f'<img alt="percent of points per rubric dimension, class" src="{chart}">',
        "<h2>By dimension, weakest first</h2>",
        "<table><tr><th>dimension</th><th class=num>points</th><th class=num>percent</th>"
        "<th>awaiting review</th></tr>",
    ]
    for row in dims:
        weak = row["percent"] is not None and row["percent"] < rubric.WEAK_BELOW_PERCENT
        cls = " class=weak" if weak else ""
        body.append(
            f"<tr><td{cls}>{escape(row['title'])}</td>"
            f"<td class=num>{_pt(row['score'])} / {_pt(row['max_score'])}</td>"
            f"<td class=num>{_pct(row['percent'])}</td>"
            f"<td>{_pt(row['pending']) + ' pt' if row['pending'] else ''}</td></tr>"
        )
    body.append("</table><h2>Checks failed most often</h2>")
    failing = report.failing_checks()
    if failing:
        body.append("<table><tr><th>lesson</th><th>check</th><th class=num>students</th></tr>")
        for lesson, grade_id, count in failing[:15]:
            body.append(
                f"<tr><td>{escape(lesson)}</td><td><code>{escape(grade_id)}</code></td>"
                f"<td class=num>{count}</td></tr>"
            )
        body.append("</table>")
    else:
        body.append("<p>No check failed.</p>")
    body.append(
        "<h2>Students</h2><table><tr><th>student</th><th>lesson</th><th class=num>points</th>"
        "<th class=num>percent</th><th>band</th><th>problem</th></tr>"
    )
    for row in report.rows():
        body.append(
            f"<tr><td>{escape(row['student'])}</td><td>{escape(row['lesson'])}</td>"
            f"<td class=num>{_pt(row['score'])} / {_pt(row['max_score'])}</td>"
            f"<td class=num>{_pct(row['percent'])}</td><td>{escape(row['band'] or '-')}</td>"
            f"<td>{_md(row['problem'])}</td></tr>"
        )
    body.append("</table>")
    return html_page(title, body)
