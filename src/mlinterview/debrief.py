"""The debrief of a mock interview (after its report): the round's time line, each stage's
result and timing, the interviewer's follow-ups with model answers, and the comparison with the
learner's previous attempt. Written as text, HTML and JSON beside the rubric report.

Overtime policy: everything saved is graded. A stage is "in time" when its notebook was last
saved at or before the limit (the saves are recorded at submission); a stage saved later is
marked overtime, and so is a round submitted after the limit. Its points count either way: the
debrief says which work was done in time, as an interviewer would.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mlinterview import mock
from mlinterview.feedback import write_report_files
from mlinterview.report import (
    AWAITING_REVIEW,
    GRADED,
    PASSED,
    LessonReport,
    headline_lines,
    model_answer_lines,
)
from mlinterview.report_html import dimension_table, escape, html_page, model_answer_html

DEBRIEF = "debrief"
#: What a stage's row says of a check with no message of its own.
_UNGRADED = {
    AWAITING_REVIEW: "a written answer, awaiting review: compare it with the strong answer below.",
}


@dataclass
class StageResult:
    stage: int
    name: str
    status: str  # "passed", "failed", "not attempted" or "not reached"
    score: float
    max_score: float
    hints: int
    in_time: bool | None  # None: not reached
    saved_minute: float | None
    failed: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Debrief:
    mock: str
    title: str
    student: str
    attempt: int
    limit_minutes: int
    minutes_used: float
    overtime: bool
    submitted_at: str
    score: float
    max_score: float
    percent: float | None
    band: str | None
    hints: int
    hint_penalty: float
    timeline: list[dict[str, Any]]
    stages: list[StageResult]
    follow_ups: list[dict[str, Any]]
    comparison: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> dict[str, Any]:
        """The line kept in progress/<student>/mocks.jsonl (the comparison and `mock list`)."""
        keys = ("mock", "attempt", "submitted_at", "score", "max_score", "percent", "band")
        line = {k: getattr(self, k) for k in keys}
        line.update(
            minutes_used=self.minutes_used,
            limit_minutes=self.limit_minutes,
            overtime=self.overtime,
            stages={s.name: s.status for s in self.stages},
        )
        return line


def _minute(record: mock.Record, at: str) -> float:
    return round((dt.datetime.fromisoformat(at) - record.started_at).total_seconds() / 60, 1)


def timeline(record: mock.Record) -> list[dict[str, Any]]:
    """The round's events in order of time, each with its minute since the start."""
    rows = []
    for event in record.events:
        stage = event.get("stage")
        label = {
            "start": f"Started ({record.limit_minutes} min on the clock)",
            "passed": f"Stage {stage}: visible checks passed",
            "hint": f"Stage {stage}: a hint",
            "submit": "Submitted",
        }.get(event["event"])
        if event["event"] == "reveal":
            why = (
                f"stage {stage - 1}'s visible checks passed"
                if event.get("reason") == "passed"
                else "moved on"
            )
            label = f"Stage {stage} revealed ({why})"
        if label:
            rows.append({"at": event["at"], "minute": _minute(record, event["at"]), "label": label})
    submitted = record.submitted_at
    if submitted is not None and submitted > record.deadline:
        at = record.deadline.isoformat(timespec="seconds")
        rows.append({"at": at, "minute": float(record.limit_minutes), "label": "Time is up"})
    return sorted(rows, key=lambda row: row["at"])


def _stage_results(report: LessonReport, record: mock.Record) -> list[StageResult]:
    saved = (record.first("submit") or {}).get("saved", {})
    results = []
    for number, name in enumerate(record.stages, start=1):
        checks = [c for c in report.checks if c.notebook == f"stage{number}"]
        graded = [c for c in checks if c.kind == "autograded"]
        reached = number <= record.revealed
        if not reached:
            status = "not reached"
        elif graded and all(c.score >= c.max_score for c in graded):
            status = "passed"
        elif graded and all(c.status == "not attempted" for c in graded):
            status = "not attempted"
        else:
            status = "failed"
        at = saved.get(mock.stage_file(number))
        in_time = None
        if reached and at:
            in_time = dt.datetime.fromisoformat(at) <= record.deadline
        results.append(
            StageResult(
                stage=number,
                name=name,
                status=status,
                score=sum(c.score for c in checks),
                max_score=sum(c.max_score for c in checks),
                hints=record.hints_used(number),
                in_time=in_time,
                saved_minute=_minute(record, at) if reached and at else None,
                failed=[
                    {"check": c.grade_id, "message": c.message or _UNGRADED.get(c.status, "")}
                    for c in checks
                    if reached and c.status not in (PASSED, GRADED)
                ],
            )
        )
    return results


def _comparison(current: Debrief, earlier: list[dict[str, Any]]) -> str | None:
    before = [d for d in earlier if d["mock"] == current.mock and d["attempt"] < current.attempt]
    if not before:
        return None
    last = before[-1]
    passed_then = sum(1 for s in last.get("stages", {}).values() if s == "passed")
    passed_now = sum(1 for s in current.stages if s.status == "passed")
    points = current.score - last["score"]
    minutes = current.minutes_used - last["minutes_used"]
    faster = f"{-minutes:.0f} min faster" if minutes < 0 else f"{minutes:.0f} min slower"
    return (
        f"Against attempt {last['attempt']}: {last['score']:.1f} → {current.score:.1f} points "
        f"({points:+.1f}), band {last['band'] or 'none'} → {current.band or 'none'}, "
        f"{last['minutes_used']:.0f} → {current.minutes_used:.0f} min ({faster}), stages "
        f"passed {passed_then} → {passed_now} of {len(current.stages)}."
    )


def build_debrief(
    root: Path, report: LessonReport, record: mock.Record, earlier: list[dict[str, Any]]
) -> Debrief:
    """The debrief of a graded mock: its report, its record, the model answers from source/."""
    source = mock.read_mock(root / "source" / report.lesson)
    follow_ups = [
        {"stage": stage.number, **item} for stage in source.stages for item in stage.follow_ups
    ]
    end = record.ended_at(root / "submitted" / report.student / report.lesson)
    debrief = Debrief(
        mock=record.mock,
        title=record.title,
        student=report.student,
        attempt=record.attempt,
        limit_minutes=record.limit_minutes,
        minutes_used=round((end - record.started_at).total_seconds() / 60, 1),
        overtime=end > record.deadline,
        submitted_at=end.isoformat(timespec="seconds"),
        score=report.score,
        max_score=report.max_score,
        percent=report.percent,
        band=report.band,
        hints=report.hints,
        hint_penalty=report.hint_penalty,
        timeline=timeline(record),
        stages=_stage_results(report, record),
        follow_ups=follow_ups,
    )
    debrief.comparison = _comparison(debrief, earlier)
    return debrief


def _clock(minute: float) -> str:
    return f"{int(minute):02d}:{round((minute % 1) * 60):02d}"


def _time_line_text(debrief: Debrief) -> str:
    if debrief.overtime:
        over = debrief.minutes_used - debrief.limit_minutes
        late = f"{over:.0f} min" if over >= 1 else "less than a minute"
        return (
            f"Time: {debrief.minutes_used:.0f} min of {debrief.limit_minutes}: submitted "
            f"{late} after the limit (overtime)"
        )
    return f"Time: {debrief.minutes_used:.0f} min of {debrief.limit_minutes} (in time)"


def _stage_timing(stage: StageResult) -> str:
    if stage.in_time is None:
        return ""
    return "in time" if stage.in_time else f"overtime (saved at {_clock(stage.saved_minute)})"


def format_debrief(debrief: Debrief, report: LessonReport) -> str:
    """The debrief as a learner reads it in the terminal."""
    hints = f", {debrief.hints} hint(s): -{debrief.hint_penalty:g}" if debrief.hints else ""
    lines = [
        f"Debrief: {debrief.title} ({debrief.mock}), attempt {debrief.attempt}",
        _time_line_text(debrief) + hints,
        *headline_lines(report, review=False),
        "",
        "Time line (minutes from the start):",
        *(f"  {_clock(row['minute'])}  {row['label']}" for row in debrief.timeline),
        "",
        "Stages:",
    ]
    width = max([22, *(len(stage.name) for stage in debrief.stages)])
    for stage in debrief.stages:
        points = f"{stage.score:g} / {stage.max_score:g}"
        extra = f", {stage.hints} hint(s)" if stage.hints else ""
        lines.append(
            f"  {stage.stage}. {stage.name:<{width}} {stage.status:<13} {points:>9}  "
            f"{_stage_timing(stage)}{extra}"
        )
        lines += [f"       {f['check']}: {f['message']}" for f in stage.failed]
    if debrief.comparison:
        lines += ["", debrief.comparison]
    if debrief.follow_ups:
        lines += ["", "The interviewer's follow-ups, with model answers:"]
        for item in debrief.follow_ups:
            lines += [f"  Stage {item['stage']}: {item['question']}", f"    {item['answer']}"]
    lines += model_answer_lines(report.checks)
    return "\n".join(lines)


def debrief_html(debrief: Debrief, report: LessonReport) -> str:
    title = f"Debrief: {debrief.title}, attempt {debrief.attempt}"
    hints = f"; {debrief.hints} hint(s): -{debrief.hint_penalty:g} points" if debrief.hints else ""
    body = [
        f"<h1>{escape(title)}</h1>",
        f"<p class=band>Band: {escape(debrief.band or 'none yet')}</p>",
        f"<p>{escape(_time_line_text(debrief))}. Points: {debrief.score:g} / "
        f"{debrief.max_score:g}{escape(hints)}.</p>",
        *dimension_table(report.by_dimension()),
        "<h2>Time line</h2><table><tr><th>minute</th><th>event</th></tr>",
        *(
            f"<tr><td class=num>{_clock(r['minute'])}</td><td>{escape(r['label'])}</td></tr>"
            for r in debrief.timeline
        ),
        "</table><h2>Stages</h2><table><tr><th>stage</th><th>status</th>"
        "<th class=num>points</th><th>timing</th><th>hints</th></tr>",
    ]
    for s in debrief.stages:
        body.append(
            f"<tr><td>{s.stage}. {escape(s.name)}</td><td>{escape(s.status)}</td>"
            f"<td class=num>{s.score:g} / {s.max_score:g}</td><td>{escape(_stage_timing(s))}</td>"
            f"<td class=num>{s.hints}</td></tr>"
        )
    body.append("</table>")
    for s in debrief.stages:
        if s.failed:
            body.append(f"<h3>Stage {s.stage}: what to look at</h3><ul>")
            body += [
                f"<li><code>{escape(f['check'])}</code>: {escape(f['message'])}</li>"
                for f in s.failed
            ]
            body.append("</ul>")
    if debrief.comparison:
        body.append(f"<p>{escape(debrief.comparison)}</p>")
    if debrief.follow_ups:
        body.append("<h2>The interviewer's follow-ups</h2>")
        for item in debrief.follow_ups:
            body.append(
                f"<details><summary>Stage {item['stage']}: {escape(item['question'])}</summary>"
                f"<p>{escape(item['answer'])}</p></details>"
            )
    body += model_answer_html(report.checks)
    return html_page(title, body)


def write_debrief(root: Path, report: LessonReport, keep: bool = True) -> Debrief | None:
    """Build and write the debrief of a graded mock (feedback/STUDENT/MOCK/debrief.*); with
    ``keep``, add it to the learner's history of mocks. Attaches it to ``report``. None when the
    submission holds no record of the round (a mock graded without being started)."""
    record = mock.read_record(root / "submitted" / report.student / report.lesson)
    if record is None:
        return None
    debriefs = mock.read_debriefs(root, report.student)
    debrief = build_debrief(root, report, record, debriefs)
    folder = root / "feedback" / report.student / report.lesson
    data = debrief.to_dict()
    write_report_files(
        folder, DEBRIEF, format_debrief(debrief, report), debrief_html(debrief, report), data
    )
    if keep and not any(
        d["mock"] == debrief.mock and d["attempt"] == debrief.attempt for d in debriefs
    ):
        path = root / "progress" / report.student / mock.DEBRIEFS
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a") as lines:
            lines.write(json.dumps(debrief.summary()) + "\n")
    report.debrief = data
    return debrief
