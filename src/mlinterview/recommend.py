"""Recommend (after history and report): what to practise next, and the reference once tried.

Everything here reads the learner's history of attempts (``mlinterview.history``) and the
questions' source notebooks; nothing is graded or written.

- ``question_status``: a question's status by its latest attempt (new, failed, passed), its
  best score, when it was last tried and when it is due again;
- ``due_at``: spaced repetition. A failed attempt brings the question back a day later; a pass
  brings it back 7 days later, and each further pass at a review (on or after the due date)
  doubles the interval (14, 28, ... days). A pass before the due date (grading again the same
  evening) keeps the interval: practising more never pushes a review further away;
- ``weakest_dimension``: the rubric dimension with the lowest percent over every attempt's
  points (and the lessons' points, when given);
- ``recommend``: one question to practise now, and one sentence saying why;
- ``reference``: a question's reference solution and follow-ups' model answers, only after it
  was graded once, and only when the instructor has not turned them off.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from mlinterview.course import CourseError
from mlinterview.history import Attempt
from mlinterview.practice import DIFFICULTIES, Question, question_metadata, settings
from mlinterview.regions import without_markers
from mlinterview.rubric import BY_ID, DIMENSION_IDS, cell_dimension

NEW, FAILED, PASSED = "new", "failed", "passed"
RETRY_AFTER_FAILURE = dt.timedelta(days=1)
FIRST_REVIEW = dt.timedelta(days=7)


def grade_command(question: Question) -> str:
    return f"mlinterview grade {question.set} --question {question.name}"


def notebook_path(question: Question) -> str:
    """Where the learner's copy of a question is, relative to the course root."""
    return f"notebooks/{question.set}/{question.name}.ipynb"


def parse_time(text: str) -> dt.datetime | None:
    """An ISO time as an aware datetime (a naive one is UTC), or None if it is not one."""
    try:
        when = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _timed(attempts: Iterable[Attempt]) -> list[tuple[dt.datetime, Attempt]]:
    """The attempts with a readable time, oldest first."""
    timed = [(parse_time(a.graded_at), a) for a in attempts]
    return sorted(((w, a) for w, a in timed if w is not None), key=lambda pair: pair[0])


def due_at(attempts: Iterable[Attempt]) -> dt.datetime | None:
    """When a question is due again after its ``attempts``; None when never tried."""
    due: dt.datetime | None = None
    interval: dt.timedelta | None = None
    for when, attempt in _timed(attempts):
        if not attempt.passed:
            interval, due = None, when + RETRY_AFTER_FAILURE
            continue
        if interval is None:
            interval = FIRST_REVIEW
        elif due is not None and when >= due:
            interval *= 2
        due = when + interval
    return due


@dataclass(frozen=True)
class Status:
    question: Question
    status: str = NEW
    attempts: int = 0
    best_score: float | None = None
    max_score: float | None = None
    best_percent: float | None = None
    last_tried: dt.datetime | None = None
    last_passed: dt.datetime | None = None
    time_taken_minutes: float | None = None  # the shortest over the attempts
    due: dt.datetime | None = None

    def is_due(self, now: dt.datetime) -> bool:
        return self.status == NEW or (self.due is not None and self.due <= now)

    def to_dict(self, now: dt.datetime | None = None) -> dict[str, Any]:
        q = self.question
        found = {
            "set": q.set,
            "question": q.name,
            "difficulty": q.difficulty,
            "tags": list(q.tags),
            "kind": q.kind,
            "kind_name": q.kind_name,
            "budget_minutes": q.budget_minutes,
            "status": self.status,
            "attempts": self.attempts,
            "best_score": self.best_score,
            "max_score": self.max_score,
            "best_percent": self.best_percent,
            "last_tried": self.last_tried.isoformat() if self.last_tried else None,
            "time_taken_minutes": self.time_taken_minutes,
            "due": self.due.isoformat() if self.due else None,
            "notebook": notebook_path(q),
        }
        if now is not None:
            found["is_due"] = self.is_due(now)
        return found


def question_status(question: Question, attempts: Iterable[Attempt]) -> Status:
    """The status of ``question`` from the learner's attempts (other questions' are ignored)."""
    timed = [(w, a) for w, a in _timed(attempts) if a.key == question.key]
    if not timed:
        return Status(question)
    mine = [a for _, a in timed]
    best = max(mine, key=lambda a: (a.percent, a.score))
    times = [a.time_taken_minutes for a in mine if a.time_taken_minutes is not None]
    passes = [w for w, a in timed if a.passed]
    return Status(
        question,
        status=PASSED if mine[-1].passed else FAILED,
        attempts=len(mine),
        best_score=best.score,
        max_score=best.max_score,
        best_percent=best.percent,
        last_tried=timed[-1][0],
        last_passed=passes[-1] if passes else None,
        time_taken_minutes=min(times) if times else None,
        due=due_at(mine),
    )


@dataclass(frozen=True)
class Weakest:
    dimension: str
    percent: float

    @property
    def title(self) -> str:
        return BY_ID[self.dimension].title


def weakest_dimension(
    attempts: Iterable[Attempt],
    lesson_dimension_scores: Mapping[str, tuple[float, float]] | None = None,
) -> Weakest | None:
    """The dimension with the lowest percent over every attempt's ``dimensions`` (``{id:
    [score, max_score]}``) and ``lesson_dimension_scores`` (``{id: (score, max_score)}``, the
    lessons graded so far); ties go to the first in the rubric's order; None without points."""
    totals = {d: [0.0, 0.0] for d in DIMENSION_IDS}
    pairs = [pair for a in attempts for pair in a.dimensions.items()]
    pairs += list((lesson_dimension_scores or {}).items())
    for dimension, points in pairs:
        try:
            score, max_score = (float(x) for x in points)
        except (TypeError, ValueError):
            continue  # a damaged entry counts for nothing
        if dimension in totals and max_score > 0:
            totals[dimension][0] += score
            totals[dimension][1] += max_score
    scored = [Weakest(d, 100.0 * s / m) for d, (s, m) in totals.items() if m > 0]
    return min(scored, key=lambda w: w.percent, default=None)


def lesson_dimension_scores(root: Path, student: str) -> dict[str, tuple[float, float]]:
    """``{dimension: (score, decided max)}`` from the learner's last course report
    (feedback/STUDENT/course-report.json, written by every grading); empty without one."""
    try:
        report = json.loads((root / "feedback" / student / "course-report.json").read_text())
        return {
            d["dimension"]: (float(d["score"]), float(d["max_score"]) - float(d["pending"]))
            for d in report.get("dimensions", [])
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


# --- The question's source notebook ----------------------------------------------------------


def source_notebook(root: Path, question: Question) -> Path:
    """source/<set>/<name>.ipynb (or the notebook of that set whose metadata names it)."""
    folder = root / "source" / question.set
    path = folder / f"{question.name}.ipynb"
    if path.is_file():
        return path
    for other in sorted(folder.glob("*.ipynb")):
        meta = question_metadata(nbformat.read(other, as_version=4)) or {}
        if meta.get("name") == question.name:
            return other
    raise CourseError(f"No source notebook for `{question.name}` in {folder}.")


def question_dimensions(root: Path, question: Question) -> frozenset[str]:
    """The rubric dimensions the question's graded cells measure (from source/)."""
    notebook = nbformat.read(source_notebook(root, question), as_version=4)
    found = set()
    for cell in notebook.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade") or meta.get("task"):
            found.add(cell_dimension(cell))
    return frozenset(found & set(DIMENSION_IDS))


# --- What to practise next -------------------------------------------------------------------


def _day(when: dt.datetime | None) -> str:
    return when.strftime("%Y-%m-%d") if when else "-"


def _why(status: Status) -> str:
    if status.status == NEW:
        return "you have not tried it yet"
    if status.status == FAILED:
        return f"your last attempt, on {_day(status.last_tried)}, did not pass"
    return f"it is due for review (passed {_day(status.last_passed)})"


def _difficulty_rank(question: Question) -> int:
    return DIFFICULTIES.index(question.difficulty) if question.difficulty in DIFFICULTIES else 1


def recommend(
    questions: Iterable[Question],
    attempts: Iterable[Attempt],
    now: dt.datetime,
    dimensions: Mapping[str, Iterable[str]] | None = None,
    lesson_dimension_scores: Mapping[str, tuple[float, float]] | None = None,
) -> tuple[Question | None, str]:
    """The question to practise now and one sentence saying why; ``(None, sentence)`` when
    nothing is due (the sentence says when the next one is).

    ``dimensions``: the dimensions each question measures, by ``question.key``
    (``question_dimensions``). Candidates are the questions never tried or due again; first
    those that measure the weakest dimension, then new or failed before reviews, then easier
    before harder, then by set and name.
    """
    attempts = list(attempts)
    dimensions = dimensions or {}
    statuses = [question_status(q, attempts) for q in questions]
    if not statuses:
        return None, "There are no practice questions in this course yet."
    weakest = weakest_dimension(attempts, lesson_dimension_scores)

    def measures_weakest(status: Status) -> bool:
        return weakest is not None and weakest.dimension in dimensions.get(status.question.key, ())

    candidates = [s for s in statuses if s.is_due(now)]
    if not candidates:
        soonest = min(statuses, key=lambda s: (s.due, s.question.set, s.question.name))
        what = "a retry" if soonest.status == FAILED else "review"
        return None, (
            "Nothing to practise now: every question is passed or resting. "
            f"`{soonest.question.name}` comes back for {what} on "
            f"{soonest.due:%Y-%m-%d at %H:%M} UTC."
        )
    chosen = min(
        candidates,
        key=lambda s: (
            not measures_weakest(s),
            s.status == PASSED,
            _difficulty_rank(s.question),
            s.question.set,
            s.question.name,
        ),
    )
    q = chosen.question
    named = f"`{q.name}` ({q.difficulty}, {q.budget_minutes} min)"
    if weakest is None:
        return q, f"Next: {named}; {_why(chosen)} (easier questions come first)."
    weak = f"Your weakest dimension is {weakest.title} ({weakest.percent:.0f} %)"
    if measures_weakest(chosen):
        return q, f"{weak}; {named} tests it and {_why(chosen)}."
    return q, f"{weak}, but no question due now tests it; next: {named}, {_why(chosen)}."


# --- The reference once tried ----------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    question: Question
    source: Path
    solution: str
    follow_ups: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "set": self.question.set,
            "question": self.question.name,
            "source": str(self.source),
            "solution": self.solution,
            "follow_ups": self.follow_ups,
        }


def reference(
    root: Path, question: Question, attempts: Iterable[Attempt], solutions_on: bool | None = None
) -> Reference:
    """The reference solution and follow-ups' model answers of ``question``; CourseError
    when the instructor turned them off or the learner has not graded the question yet."""
    if solutions_on is None:
        solutions_on = settings(root).solutions
    if not solutions_on:
        raise CourseError("Reference solutions are turned off for this course.")
    if not any(a.key == question.key for a in attempts):
        raise CourseError(
            f"You have not graded `{question.name}` yet: its reference is shown once you have "
            f"tried. Grade it first: {grade_command(question)}"
        )
    path = source_notebook(root, question)
    for cell in nbformat.read(path, as_version=4).cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution") and meta.get("grade_id") == question.name:
            follow_ups = [
                {"question": str(f.get("question", "")), "answer": str(f.get("answer", ""))}
                for f in question.follow_ups
            ]
            return Reference(question, path, without_markers(cell.source), follow_ups)
    raise CourseError(f"{path} has no answer cell with grade id {question.name!r}.")
