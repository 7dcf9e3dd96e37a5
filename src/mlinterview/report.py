"""The rubric report: a graded submission, read from nbgrader's gradebook, by dimension.

Scores come from the gradebook (so they always agree with nbgrader's own totals); each cell's
rubric dimension comes from source/; the message of a failed check comes from the autograded
notebook's error output.
"""

from __future__ import annotations

import textwrap
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry

from mlinterview import mock, practice, rubric
from mlinterview.course import lessons, load_config
from mlinterview.record import read_record

PASSED = "passed"
FAILED = "failed"
NOT_ATTEMPTED = "not attempted"
AWAITING_REVIEW = "awaiting review"
GRADED = "graded"

#: File stem of the rubric report written beside nbgrader's feedback page.
LESSON_REPORT = "rubric-report"


@dataclass
class CheckResult:
    notebook: str
    grade_id: str
    dimension: str
    section: str
    kind: str
    score: float
    max_score: float
    status: str
    message: str = ""
    model_answer: str = ""  # manual cells: what a strong answer contains


@dataclass
class DimensionTotal:
    dimension: str
    title: str
    score: float = 0.0
    max_score: float = 0.0
    pending: float = 0.0  # points awaiting a person's review

    @property
    def percent(self) -> float | None:
        """Percent of the points decided so far (points awaiting review are left out)."""
        decided = self.max_score - self.pending
        return None if decided <= 0 else 100.0 * self.score / decided

    @property
    def weak(self) -> bool:
        return self.percent is not None and self.percent < rubric.WEAK_BELOW_PERCENT


def dimension_totals(checks: list[CheckResult]) -> list[DimensionTotal]:
    """Points per rubric dimension (those with any), in the rubric's order."""
    totals = {d.id: DimensionTotal(d.id, d.title) for d in rubric.DIMENSIONS}
    for check in checks:
        total = totals[check.dimension]
        total.score += check.score
        total.max_score += check.max_score
        if check.status == AWAITING_REVIEW:
            total.pending += check.max_score
    return [t for t in totals.values() if t.max_score > 0]


class _Scored:
    """Totals, band and weak dimensions, shared by the lesson and the course reports."""

    checks: list[CheckResult]

    @property
    def score(self) -> float:
        return sum(c.score for c in self.checks)

    @property
    def max_score(self) -> float:
        return sum(c.max_score for c in self.checks)

    @property
    def pending(self) -> float:
        return sum(c.max_score for c in self.checks if c.status == AWAITING_REVIEW)

    @property
    def percent(self) -> float | None:
        decided = self.max_score - self.pending
        return None if decided <= 0 else 100.0 * self.score / decided

    def by_dimension(self) -> list[DimensionTotal]:
        return dimension_totals(self.checks)

    @property
    def band(self) -> str | None:
        """The hiring band of the points decided so far (provisional while any await review)."""
        if self.percent is None:
            return None
        dims = [t.percent for t in self.by_dimension() if t.percent is not None]
        return rubric.hiring_band(self.percent, dims)

    def review(self) -> dict[str, list[str]]:
        """``dimension id -> sections to review`` for each weak dimension, in notebook order."""
        weak = {t.dimension for t in self.by_dimension() if t.weak}
        sections: dict[str, list[str]] = {d: [] for d in rubric.DIMENSION_IDS if d in weak}
        for check in self.checks:
            where = self._where(check)
            if check.dimension in weak and check.score < check.max_score:
                if where not in sections[check.dimension]:
                    sections[check.dimension].append(where)
        return sections

    def _where(self, check: CheckResult) -> str:
        return check.section or "(no section)"

    def _summary(self) -> dict:
        return {
            "score": self.score,
            "max_score": self.max_score,
            "pending": self.pending,
            "percent": self.percent,
            "band": self.band,
            "provisional": self.pending > 0,
            "dimensions": [
                {**asdict(t), "percent": t.percent, "weak": t.weak} for t in self.by_dimension()
            ],
            "review": self.review(),
        }


@dataclass
class LessonReport(_Scored):
    lesson: str
    student: str
    checks: list[CheckResult] = field(default_factory=list)
    feedback: list[Path] = field(default_factory=list)
    problem: str = ""  # why the submission could not be graded as it stands, if so
    notes: list[str] = field(default_factory=list)  # test cells put back for grading, and so on
    # A practice question (one notebook of a practice set): its name, the hints the learner
    # was shown and the points they cost, its time budget and the time taken.
    question: str = ""
    hints: int = 0
    hint_penalty: float = 0.0
    budget_minutes: int | None = None
    time_taken_minutes: float | None = None
    # A mock interview: its debrief (``debrief.Debrief.to_dict()``), once written.
    debrief: dict | None = None

    @property
    def score(self) -> float:
        """The checks' points, less what the hints cost (a practice question)."""
        return max(0.0, sum(c.score for c in self.checks) - self.hint_penalty)

    @property
    def title(self) -> str:
        return f"{self.lesson} · {self.question}" if self.question else self.lesson

    def to_dict(self) -> dict:
        return {
            "lesson": self.lesson,
            "question": self.question,
            "student": self.student,
            **self._summary(),
            "hints": self.hints,
            "hint_penalty": self.hint_penalty,
            "budget_minutes": self.budget_minutes,
            "time_taken_minutes": self.time_taken_minutes,
            "problem": self.problem,
            "notes": self.notes,
            "passed": [c.grade_id for c in passed_checks(self.checks)],
            "checks": [asdict(c) for c in self.checks],
            "feedback": [str(p) for p in self.feedback],
            **({"debrief": self.debrief} if self.debrief else {}),
        }


@dataclass
class CourseReport(_Scored):
    """Every graded lesson of one student, added up by dimension."""

    student: str
    lessons: list[LessonReport] = field(default_factory=list)
    not_graded: list[str] = field(default_factory=list)

    @property
    def checks(self) -> list[CheckResult]:
        return [c for lesson in self.lessons for c in lesson.checks]

    def _where(self, check: CheckResult) -> str:
        return f"{check.notebook}: {check.section or '(no section)'}"

    def to_dict(self) -> dict:
        return {
            "student": self.student,
            **self._summary(),
            "lessons": [lesson.to_dict() for lesson in self.lessons],
            "not_graded": self.not_graded,
        }


def _error_messages(notebook_path: Path) -> dict[str, tuple[str, str]]:
    """``grade_id -> (exception name, message)`` for cells that raised in the autograded copy.

    nbgrader also scores a cell that wrote to stderr as failed; such a cell gets the name
    ``stderr`` and the first line it wrote.
    """
    if not notebook_path.exists():
        return {}
    notebook = nbformat.read(notebook_path, as_version=4)
    errors = {}
    for cell in notebook.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if not grade_id:
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found = (output.get("ename", ""), output.get("evalue", ""))
                # An interrupted cell shows the kernel's KeyboardInterrupt, then nbgrader's
                # CellTimeoutError: the timeout is what the learner needs to hear.
                earlier = errors.get(grade_id, ("stderr", ""))[0]
                if earlier == "stderr" or found[0] == "CellTimeoutError":
                    errors[grade_id] = found
            elif output.get("output_type") == "stream" and output.get("name") == "stderr":
                first_line = (output.get("text", "").strip().splitlines() or [""])[0]
                errors.setdefault(grade_id, ("stderr", first_line[:200]))
    return errors


def build_report(
    root: Path, lesson: str, student: str, question: str | None = None
) -> LessonReport:
    """The rubric report of one graded submission; with ``question``, of that question of a
    practice set only (with the cost of its hints, its budget and the time taken)."""
    config = load_config(root)
    report = LessonReport(lesson=lesson, student=student, question=question or "")
    report.problem, report.notes = read_record(root, student, lesson)
    cells = rubric.lesson_grade_cells(root / "source", lesson)
    if question:
        cells = [c for c in cells if c.notebook == question]
    autograded = root / "autograded" / student / lesson
    errors = {nb: _error_messages(autograded / f"{nb}.ipynb") for nb in {c.notebook for c in cells}}
    with Gradebook(config.CourseDirectory.db_url) as gradebook:
        for cell in cells:
            try:
                grade = gradebook.find_grade(cell.grade_id, cell.notebook, lesson, student)
            except MissingEntry:
                report.checks.append(
                    CheckResult(
                        **_cell_fields(cell),
                        score=0.0,
                        max_score=cell.points,
                        status=FAILED,
                        message="not graded: this cell is missing from the submission.",
                    )
                )
                continue
            result = _result(cell, grade, errors[cell.notebook], config.Execute.get("timeout"))
            if report.problem and result.status != GRADED:
                result.status, result.message = FAILED, f"not graded: {report.problem}"
            report.checks.append(result)
    report.notes += _answer_cell_notes(cells, errors, config.Execute.get("timeout"))
    report.feedback = feedback_pages(root, lesson, student, question)
    if question:
        _practice_fields(root, report)
    if mock.is_mock(lesson):
        _mock_fields(root, report)
    return report


def _mock_fields(root: Path, report: LessonReport) -> None:
    """A mock's hints and their cost (a share of each stage's points), its limit and the time
    used, and the stages never reached (from the round's record, submitted with the notebooks)."""
    submitted = root / "submitted" / report.student / report.lesson
    record = mock.read_record(submitted)
    if record is None:
        return
    cost = practice.settings(root).hint_cost
    for number in range(1, len(record.stages) + 1):
        stage = f"stage{number}"
        checks = [c for c in report.checks if c.notebook == stage]
        hints = record.hints_used(number)
        report.hints += hints
        report.hint_penalty += practice.hint_penalty(sum(c.max_score for c in checks), hints, cost)
        if number > record.revealed:
            for check in checks:
                check.status = NOT_ATTEMPTED
                check.message = f"stage {number} was not reached in the round."
    report.budget_minutes = record.limit_minutes
    end = record.ended_at(submitted)
    report.time_taken_minutes = round((end - record.started_at).total_seconds() / 60, 1)


def _practice_fields(root: Path, report: LessonReport) -> None:
    """A question's hints and their cost, its budget and the time taken (``practice``)."""
    found = practice.find_question(root, report.question, report.lesson)
    chosen = practice.settings(root)
    report.hints = practice.hints_used(root, report.student, found)
    points = sum(c.max_score for c in report.checks)
    report.hint_penalty = practice.hint_penalty(points, report.hints, chosen.hint_cost)
    report.budget_minutes = found.budget_minutes
    report.time_taken_minutes = practice.time_taken_minutes(root, report.student, found)


def feedback_pages(
    root: Path, lesson: str, student: str, question: str | None = None
) -> list[Path]:
    """nbgrader's feedback pages of a submission (not the rubric report beside them); with
    ``question``, that practice question's page only."""
    folder = root / "feedback" / student / lesson
    pages = sorted(p for p in folder.glob("*.html") if not p.stem.startswith(LESSON_REPORT))
    return [p for p in pages if p.stem == question] if question else pages


#: Errors in an answer cell (which has no points) that explain the points its tests lost.
GRADING_ERRORS = ("KernelDied", "CellTimeoutError", "KeyboardInterrupt", "MemoryError")


def _answer_cell_notes(cells, errors, timeout) -> list[str]:
    graded = {(c.notebook, c.grade_id) for c in cells}
    notes = []
    for notebook, found in errors.items():
        for grade_id, (ename, evalue) in found.items():
            if (notebook, grade_id) in graded or ename not in GRADING_ERRORS:
                continue
            if ename == "KernelDied":
                what = evalue
            elif ename == "MemoryError":
                what = "it ran out of memory (MemoryError) under the grading kernel's limit."
            else:
                what = f"it ran past the time limit ({timeout} s) and was interrupted."
            notes.append(f"answer cell {grade_id}: {what}")
    return notes


def _cell_fields(cell: rubric.GradeCell) -> dict:
    return {
        "notebook": cell.notebook,
        "grade_id": cell.grade_id,
        "dimension": cell.dimension,
        "section": cell.section,
        "kind": cell.kind,
        "model_answer": cell.model_answer,
    }


def graded_students(root: Path, lesson: str | None = None) -> list[str]:
    """Students with a submission in the gradebook (for one lesson, or any)."""
    with Gradebook(load_config(root).CourseDirectory.db_url) as gradebook:
        if lesson is None:
            return sorted(s.id for s in gradebook.students if s.submissions)
        try:
            assignment = gradebook.find_assignment(lesson)
        except MissingEntry:
            return []
        return sorted(s.student.id for s in assignment.submissions)


def build_course_report(
    root: Path, student: str, built: dict[str, LessonReport] | None = None
) -> CourseReport:
    """Every lesson the student has been graded on; the others are listed as not graded.

    ``built`` holds the student's lesson reports already built (by lesson), such as the one
    just graded: they are used as they are, and the reports built here are added to it.
    """
    built = {} if built is None else built
    report = CourseReport(student=student)
    for lesson in lessons(root):
        if practice.is_practice_set(lesson) or mock.is_mock(lesson):
            continue  # practice and mocks have their own records (mlinterview practice, mock)
        if lesson not in built and student in graded_students(root, lesson):
            built[lesson] = build_report(root, lesson, student)
        if lesson in built:
            report.lessons.append(built[lesson])
        else:
            report.not_graded.append(lesson)
    return report


def _result(
    cell: rubric.GradeCell, grade, errors: dict[str, tuple[str, str]], timeout: int | None = None
) -> CheckResult:
    score = float(grade.score or 0.0)
    max_score = float(grade.max_score)
    message = ""
    if cell.kind == "manual":
        if grade.manual_score is not None:
            status = GRADED
        elif grade.needs_manual_grade:
            status = AWAITING_REVIEW
        else:
            status, message = NOT_ATTEMPTED, "the answer is still the template."
    elif cell.grade_id in errors:
        ename, evalue = errors[cell.grade_id]
        status = NOT_ATTEMPTED if ename == "NotAttempted" else FAILED
        if ename == "stderr":
            message = (
                "the checks raised nothing, but the cell wrote to stderr, which nbgrader scores "
                f"as a failure: {evalue!r}. Look for a warning or a print to sys.stderr."
            )
        elif ename in ("CheckFailure", "NotAttempted", "KernelDied"):
            message = evalue
        elif ename == "CellTimeoutError" and evalue:  # not run again after a timeout
            message = evalue
        elif ename in ("CellTimeoutError", "KeyboardInterrupt"):
            message = (
                f"the cell ran past the time limit ({timeout} s) and was interrupted: look for an "
                "infinite loop, or code far slower than it needs to be."
            )
        else:
            message = f"{ename}: {evalue}"
    elif score >= max_score:
        status = PASSED
    else:
        status = FAILED
    return CheckResult(
        **_cell_fields(cell),
        score=score,
        max_score=max_score,
        status=status,
        message=message,
    )


def _points(value: float) -> str:
    return f"{value:g}"


def _to_look_at(checks: list[CheckResult]) -> list[str]:
    """Checks grouped by notebook section; checks there with the same message share a line
    (an exercise not attempted yet fails all its cells the same way)."""
    sections: dict[str, list[CheckResult]] = {}
    for check in checks:
        sections.setdefault(check.section or "(no section)", []).append(check)
    lines = []
    for section, in_section in sections.items():
        lines.append(f"  {section}")
        by_message: dict[tuple[str, str], list[CheckResult]] = {}
        for check in in_section:
            by_message.setdefault((check.status, check.message), []).append(check)
        for (status, message), group in by_message.items():
            cells = ", ".join(
                f"{c.grade_id} [{rubric.BY_ID[c.dimension].title}, {_points(c.max_score)} pt]"
                for c in group
            )
            lines.append(f"    - {status}: {cells}")
            if message:
                lines.append(f"      {message}")
    return lines


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} %"


def headline_lines(report: LessonReport | CourseReport, review: bool = True) -> list[str]:
    """Total, band and one line per dimension; then, with ``review``, the sections to review."""
    pending = f" ({_points(report.pending)} awaiting review)" if report.pending else ""
    lines = [f"Total: {_points(report.score)} / {_points(report.max_score)} points{pending}"]
    if report.band is None:
        lines.append("Band: none yet (no points decided).")
    else:
        decided = _points(report.max_score - report.pending)
        provisional = ", provisional until the answers awaiting review are graded"
        lines.append(
            f"Band: {report.band} ({_percent(report.percent)} of the {decided} points decided"
            f"{provisional if report.pending else ''})"
        )
    lines += ["", f"  {'dimension':<24}{'points':>12}{'percent':>9}"]
    for total in report.by_dimension():
        waiting = f"  ({_points(total.pending)} awaiting review)" if total.pending else ""
        weak = "  weak" if total.weak else ""
        lines.append(
            f"  {total.title:<24}{_points(total.score) + ' / ' + _points(total.max_score):>12}"
            f"{_percent(total.percent):>9}{weak}{waiting}"
        )
    to_review = report.review() if review else {}
    if to_review:
        lines += ["", "To review for each weak dimension:"]
        for dimension, sections in to_review.items():
            lines.append(f"  {rubric.BY_ID[dimension].title}: {'; '.join(sections)}")
    return lines


def with_model_answers(checks: list[CheckResult]) -> list[CheckResult]:
    """Written answers whose reference answer is shown: those awaiting review or graded (never
    one not attempted yet: the learner should write theirs first)."""
    return [c for c in checks if c.model_answer and c.status in (AWAITING_REVIEW, GRADED)]


def model_answer_lines(checks: list[CheckResult]) -> list[str]:
    lines = []
    for check in with_model_answers(checks):
        lines += ["", f"What a strong answer contains: {check.grade_id} ({check.section})"]
        lines += [f"    {line}" if line else "" for line in check.model_answer.splitlines()]
    return lines


def passed_checks(checks: list[CheckResult]) -> list[CheckResult]:
    """Checks that earned all their points (written answers graded by a person are not checks)."""
    return [c for c in checks if c.status == PASSED]


def _passed_line(checks: list[CheckResult]) -> list[str]:
    """The passed checks on a few short lines: a learner sees what already works without the
    terminal filling up (the HTML and JSON reports list them too)."""
    passed = passed_checks(checks)
    if not passed:
        return []
    names = ", ".join(c.grade_id for c in passed)
    return textwrap.wrap(
        f"Passed ({len(passed)}): {names}", width=96, subsequent_indent="  ", break_on_hyphens=False
    )


def _checks_to_look_at(checks: list[CheckResult]) -> list[str]:
    not_passed = [c for c in checks if c.status not in (PASSED, GRADED)]
    if not not_passed:
        return ["Every check passed."]
    return ["To look at, by section of the notebook:", *_to_look_at(not_passed)]


def format_text(report: LessonReport) -> str:
    """The report as a learner reads it in the terminal."""
    lines = [f"Rubric report: {report.title} ({report.student})"]
    lines += _practice_lines(report)
    if report.problem:
        lines.append(f"Not graded as submitted: {report.problem}")
    lines += [f"Note: {note}" for note in report.notes]
    lines += headline_lines(report)
    lines += ["", *_checks_to_look_at(report.checks)]
    passed = _passed_line(report.checks)
    lines += ["", *passed] if passed else []
    lines += model_answer_lines(report.checks)
    if report.feedback:
        lines.append("")
        lines.append("Feedback: " + ", ".join(str(p) for p in report.feedback))
    return "\n".join(lines)


def _practice_lines(report: LessonReport) -> list[str]:
    """A question's hint cost and time against its budget, as the learner reads them."""
    if not report.question:
        return []
    lines = []
    if report.hints:
        plural = "s" if report.hints != 1 else ""
        point_word = "point" if report.hint_penalty == 1 else "points"
        lines.append(
            f"{report.hints} hint{plural} used: -{_points(report.hint_penalty)} {point_word}"
        )
    budget = f"budget {report.budget_minutes} min"
    if report.time_taken_minutes is None:
        lines.append(f"Time: not measured yet (its visible checks have not passed; {budget})")
    else:
        taken = report.time_taken_minutes
        verdict = "within" if taken <= (report.budget_minutes or 0) else "over"
        lines.append(f"Time: {taken:.0f} min to pass the visible checks ({verdict} the {budget})")
    return lines


def _course_title(report: CourseReport) -> str:
    graded = len(report.lessons)
    total = graded + len(report.not_graded)
    return f"Course report ({report.student}): {graded} of {total} lessons graded"


def format_course_summary(report: CourseReport) -> str:
    """The course in a few lines (band, points, one line per dimension), printed after a
    lesson's report: the lesson's details were just shown, so they are not repeated."""
    return "\n".join([_course_title(report), *headline_lines(report, review=False)])


def format_course_text(report: CourseReport) -> str:
    """The whole course for one student: totals by dimension, then each graded lesson."""
    lines = [_course_title(report)]
    lines += headline_lines(report)
    lines += ["", f"  {'lesson':<30}{'points':>12}{'percent':>9}  band"]
    for lesson in report.lessons:
        points = f"{_points(lesson.score)} / {_points(lesson.max_score)}"
        lines.append(
            f"  {lesson.lesson:<30}{points:>12}{_percent(lesson.percent):>9}  {lesson.band or '-'}"
        )
    for lesson in report.not_graded:
        lines.append(f"  {lesson:<30}{'not graded':>12}")
    for lesson in report.lessons:
        lines += ["", f"{lesson.lesson}:"]
        if lesson.problem:
            lines.append(f"Not graded as submitted: {lesson.problem}")
        lines += _checks_to_look_at(lesson.checks)
    return "\n".join(lines)
