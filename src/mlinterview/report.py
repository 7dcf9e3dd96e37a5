"""The rubric report: a graded submission, read from nbgrader's gradebook, by dimension.

Scores come from the gradebook (so they always agree with nbgrader's own totals); each cell's
rubric dimension comes from source/; the message of a failed check comes from the autograded
notebook's error output.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

from mlinterview import rubric
from mlinterview.course import load_config

PASSED = "passed"
FAILED = "failed"
NOT_ATTEMPTED = "not attempted"
AWAITING_REVIEW = "awaiting review"
GRADED = "graded"


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


@dataclass
class DimensionTotal:
    dimension: str
    title: str
    score: float = 0.0
    max_score: float = 0.0
    pending: float = 0.0  # points awaiting a person's review

    @property
    def percent(self) -> float | None:
        return None if self.max_score == 0 else 100.0 * self.score / self.max_score


@dataclass
class LessonReport:
    lesson: str
    student: str
    checks: list[CheckResult] = field(default_factory=list)
    feedback: list[Path] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(c.score for c in self.checks)

    @property
    def max_score(self) -> float:
        return sum(c.max_score for c in self.checks)

    def by_dimension(self) -> list[DimensionTotal]:
        totals = {d.id: DimensionTotal(d.id, d.title) for d in rubric.DIMENSIONS}
        for check in self.checks:
            total = totals[check.dimension]
            total.score += check.score
            total.max_score += check.max_score
            if check.status == AWAITING_REVIEW:
                total.pending += check.max_score
        return [t for t in totals.values() if t.max_score > 0]

    def to_dict(self) -> dict:
        return {
            "lesson": self.lesson,
            "student": self.student,
            "score": self.score,
            "max_score": self.max_score,
            "dimensions": [{**asdict(t), "percent": t.percent} for t in self.by_dimension()],
            "checks": [asdict(c) for c in self.checks],
            "feedback": [str(p) for p in self.feedback],
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
                errors[grade_id] = (output.get("ename", ""), output.get("evalue", ""))
                break
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                first_line = (output.get("text", "").strip().splitlines() or [""])[0]
                errors.setdefault(grade_id, ("stderr", first_line[:200]))
    return errors


def build_report(root: Path, lesson: str, student: str) -> LessonReport:
    """The rubric report of one graded submission."""
    from nbgrader.api import Gradebook, MissingEntry

    config = load_config(root)
    report = LessonReport(lesson=lesson, student=student)
    cells = rubric.lesson_grade_cells(root / "source", lesson)
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
            report.checks.append(_result(cell, grade, errors[cell.notebook]))
    feedback_dir = root / "feedback" / student / lesson
    report.feedback = sorted(feedback_dir.glob("*.html"))
    return report


def _cell_fields(cell: rubric.GradeCell) -> dict:
    return {
        "notebook": cell.notebook,
        "grade_id": cell.grade_id,
        "dimension": cell.dimension,
        "section": cell.section,
        "kind": cell.kind,
    }


def _result(cell: rubric.GradeCell, grade, errors: dict[str, tuple[str, str]]) -> CheckResult:
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
        elif ename in ("CheckFailure", "NotAttempted"):
            message = evalue
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


def format_text(report: LessonReport) -> str:
    """The report as a learner reads it in the terminal."""
    lines = [
        f"Rubric report: {report.lesson} ({report.student})",
        f"Total: {_points(report.score)} / {_points(report.max_score)} points",
        "",
        f"  {'dimension':<24}{'points':>12}{'percent':>9}",
    ]
    for total in report.by_dimension():
        percent = total.percent
        pending = f"  ({_points(total.pending)} awaiting review)" if total.pending else ""
        lines.append(
            f"  {total.title:<24}{_points(total.score) + ' / ' + _points(total.max_score):>12}"
            f"{(f'{percent:.0f} %' if percent is not None else '-'):>9}{pending}"
        )
    not_passed = [c for c in report.checks if c.status not in (PASSED, GRADED)]
    lines.append("")
    if not not_passed:
        lines.append("Every check passed.")
    else:
        lines.append("To look at, by section of the notebook:")
        lines.extend(_to_look_at(not_passed))
    if report.feedback:
        lines.append("")
        lines.append("Feedback: " + ", ".join(str(p) for p in report.feedback))
    return "\n".join(lines)
