"""Grading a whole class: parallel autograding that keeps the gradebook exact, and the class
report.

SQLite takes one writer at a time, and nbgrader's autograde writes to the gradebook while it
runs (the student, the submission, every grade), so several ``nbgrader autograde`` processes
on one ``gradebook.db`` can fail with "database is locked" or interleave their writes. The
design here keeps the slow part parallel and the writes serial:

1. each worker inspects and autogrades one submission with nbgrader's own API into a private
   copy of the lesson's gradebook (``autograde.autograde_submission``: the notebook runs,
   nbgrader writes autograded/STUDENT/LESSON);
2. the parent then records that autograded notebook in the course gradebook with nbgrader's own
   ``SaveAutoGrades`` and ``AssignLatePenalties`` preprocessors, one submission at a time
   (``record.record_submission``).

So the grades are exactly what a sequential ``nbgrader autograde`` writes (a test compares
them), and the course gradebook can be SQLite or PostgreSQL (``db_url``).
"""

from __future__ import annotations

import concurrent.futures as futures
import csv
import json
import multiprocessing
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from mlinterview import rubric, sandbox
from mlinterview.autograde import SubmissionResult, autograde_submission, base_gradebook
from mlinterview.course import CourseError, ensure_gradebook
from mlinterview.inspection import first_line
from mlinterview.mock import is_mock
from mlinterview.record import record_submission
from mlinterview.report import (
    FAILED,
    GRADED,
    PASSED,
    LessonReport,
    build_report,
    dimension_totals,
    graded_students,
)
from mlinterview.report_html import class_html

Progress = Callable[[str], None]


def submitted_students(root: Path, lesson: str) -> list[str]:
    """Students with a folder submitted/STUDENT/LESSON (nbgrader's collect puts them there)."""
    submitted = root / "submitted"
    if not submitted.is_dir():
        return []
    return sorted(p.name for p in submitted.iterdir() if (p / lesson).is_dir())


def autograde_class(
    root: Path,
    lesson: str,
    students: list[str] | None = None,
    workers: int = 1,
    progress: Progress | None = print,
    sandbox: bool | None = None,
) -> list[SubmissionResult]:
    """Autograde every submission of ``lesson`` (or ``students``) with ``workers`` processes.

    ``sandbox``: grade each submission in the sandbox (``mlinterview.sandbox``); None uses it
    where it runs and says so where it does not; True refuses to grade without it.

    A submission that cannot be graded gets 0 with its reason recorded; the run goes on and no
    other student's grade changes. A worker that dies costs the submissions its pool still held
    a retry in a new pool (``POOL_ATTEMPTS``). Prints one progress line per submission.
    """
    ensure_gradebook(root, lesson)
    students = students if students is not None else submitted_students(root, lesson)
    missing = [s for s in students if not (root / "submitted" / s / lesson).is_dir()]
    if missing:
        raise CourseError(f"No submission of {lesson} for: {', '.join(missing)}.")
    say = progress or (lambda _line: None)
    sandboxed = _use_sandbox(sandbox, say)
    results: list[SubmissionResult] = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mlinterview-class-") as scratch_dir:
        scratch = Path(scratch_dir)
        base = base_gradebook(root, lesson, scratch)
        args = (str(root), lesson)

        def finish(result: SubmissionResult) -> None:
            record_submission(root, lesson, result)
            results.append(result)
            say(_progress_line(root, lesson, result, len(results), len(students), start))

        if workers <= 1:  # the same steps in this process, without a pool to start
            for student in students:
                finish(autograde_submission(*args, student, str(base), scratch_dir, sandboxed))
            return results
        queue = students
        for attempt in range(1, POOL_ATTEMPTS + 1):
            queue = _grade_in_pool(
                queue, args, str(base), scratch_dir, sandboxed, workers, finish, attempt
            )
            if queue:
                say(f"A grading process was stopped; grading {len(queue)} submission(s) again.")
    return sorted(results, key=lambda r: students.index(r.student))


def _use_sandbox(wanted: bool | None, say: Progress) -> bool:
    if wanted is False:
        return False
    reason = sandbox.unavailable_reason()
    if reason and wanted:
        raise CourseError(f"Cannot grade in the sandbox: {reason}.")
    if reason:
        say(
            f"Grading without the sandbox: {reason}. Submissions can read the course from "
            "disk (the README's threat model)."
        )
    return not reason


#: How many pools a submission is given when grading processes die under it (killed from
#: outside, e.g. by the out-of-memory killer): each death costs the queued submissions a retry.
POOL_ATTEMPTS = 3


def _grade_in_pool(queue, args, base, scratch_dir, sandbox, workers, finish, attempt) -> list[str]:
    """Grade ``queue`` with ``workers`` processes; return the students whose grading was lost
    because a process of the pool died, unless this is the last attempt (then they get 0 and
    the reason)."""
    context = multiprocessing.get_context("spawn")  # no inherited state, any platform
    lost = []
    with futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
        jobs = {
            pool.submit(autograde_submission, *args, student, base, scratch_dir, sandbox): student
            for student in queue
        }
        for done in futures.as_completed(jobs):
            student = jobs[done]
            try:
                result = done.result()
            except BrokenProcessPool as error:
                if attempt < POOL_ATTEMPTS:
                    lost.append(student)
                    continue
                result = SubmissionResult(
                    student,
                    problem=f"the grading process failed {attempt} times: {first_line(error)}",
                )
            except Exception as error:  # an error of the grading code itself
                result = SubmissionResult(
                    student, problem=f"the grading process failed: {first_line(error)}"
                )
            finish(result)
    return sorted(lost, key=queue.index)


def _progress_line(root, lesson, result, done, total, start) -> str:
    elapsed = time.perf_counter() - start
    left = elapsed / done * (total - done)
    report = build_report(root, lesson, result.student)
    outcome = (
        f"not graded: {result.problem}"
        if result.problem
        else f"{report.score:g} / {report.max_score:g} points"
    )
    notes = f" ({len(result.notes)} note{'s' if len(result.notes) != 1 else ''})" * bool(
        result.notes
    )
    return (
        f"[{done}/{total}] {result.student}: {outcome}{notes}, {result.seconds:.1f} s; "
        f"about {left:.0f} s left"
    )


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_workers() -> int:
    """One worker per core this process may use: each grading kernel runs its numerical
    libraries on one thread (``grading_kernel.ONE_THREAD``), so that many never oversubscribe
    the cores."""
    return max(1, usable_cores())


# --- The class report -------------------------------------------------------------------


@dataclass
class ClassReport:
    lessons: list[str]
    students: list[str]
    reports: dict[tuple[str, str], LessonReport]  # (student, lesson) -> report

    def dimension_summary(self) -> list[dict]:
        """Per dimension, the class's points and percent (of points decided), weakest first."""
        checks = [c for report in self.reports.values() for c in report.checks]
        rows = [
            {
                "dimension": t.dimension,
                "title": t.title,
                "score": t.score,
                "max_score": t.max_score,
                "pending": t.pending,
                "percent": t.percent,
            }
            for t in dimension_totals(checks)
        ]
        return sorted(rows, key=lambda r: (r["percent"] is None, r["percent"] or 0.0))

    def failing_checks(self) -> list[tuple[str, str, int]]:
        """``(lesson, grade_id, how many students lost points there)``, most often first."""
        counts: Counter[tuple[str, str]] = Counter()
        for (_, lesson), report in self.reports.items():
            for check in report.checks:
                if check.status not in (PASSED, GRADED) and check.kind == "autograded":
                    counts[(lesson, check.grade_id)] += 1
        return [(lesson, grade_id, n) for (lesson, grade_id), n in counts.most_common()]

    def rows(self) -> list[dict]:
        """One row per student and lesson: points per dimension, total, band, problem."""
        rows = []
        for student in self.students:
            for lesson in self.lessons:
                report = self.reports.get((student, lesson))
                if report is None:
                    continue
                row = {"student": student, "lesson": lesson}
                for total in report.by_dimension():
                    row[total.dimension] = total.score
                    row[f"{total.dimension}_max"] = total.max_score
                row.update(
                    score=report.score,
                    max_score=report.max_score,
                    pending=report.pending,
                    percent=None if report.percent is None else round(report.percent, 1),
                    band=report.band or "",
                    failed=sum(c.status == FAILED for c in report.checks),
                    problem=report.problem,
                )
                if is_mock(lesson):  # the round's time beside its grade
                    used, limit = report.time_taken_minutes, report.budget_minutes
                    row.update(
                        minutes_used=used,
                        limit_minutes=limit,
                        overtime=None if used is None or limit is None else used > limit,
                    )
                rows.append(row)
        return rows


def build_class_report(root: Path, lessons: list[str]) -> ClassReport:
    students = sorted({s for lesson in lessons for s in graded_students(root, lesson)})
    reports = {}
    for lesson in lessons:
        for student in graded_students(root, lesson):
            reports[(student, lesson)] = build_report(root, lesson, student)
    return ClassReport(lessons, students, reports)


def write_class_report(root: Path, report: ClassReport, folder: Path) -> list[Path]:
    """class-report.csv (one row per student and lesson) and class-report.html."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = report.rows()
    columns = ["student", "lesson"]
    for dimension in rubric.DIMENSION_IDS:
        if any(dimension in row for row in rows):
            columns += [dimension, f"{dimension}_max"]
    columns += ["score", "max_score", "pending", "percent", "band", "failed", "problem"]
    if any("minutes_used" in row for row in rows):
        columns += ["minutes_used", "limit_minutes", "overtime"]
    csv_path = folder / "class-report.csv"
    with csv_path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows(rows)
    html_path = folder / "class-report.html"
    html_path.write_text(class_html(report))
    json_path = folder / "class-report.json"
    json_path.write_text(json.dumps(class_report_dict(report), indent=2) + "\n")
    return [csv_path, html_path, json_path]


def format_class_text(report: ClassReport) -> str:
    """The class report for the terminal."""
    lines = [
        f"Class report: {', '.join(report.lessons)}: {len(report.students)} students, "
        f"{len(report.reports)} graded submissions",
        "",
        "By dimension, weakest first (percent of the points decided):",
    ]
    for row in report.dimension_summary():
        percent = "-" if row["percent"] is None else f"{row['percent']:.0f} %"
        waiting = f"  ({row['pending']:g} awaiting review)" if row["pending"] else ""
        lines.append(
            f"  {row['title']:<24}{row['score']:g} / {row['max_score']:g}".ljust(44)
            + f"{percent:>6}{waiting}"
        )
    failing = report.failing_checks()
    lines += ["", "Checks failed most often:" if failing else "No check failed."]
    for lesson, grade_id, count in failing[:10]:
        lines.append(f"  {count:>3} students  {lesson}: {grade_id}")
    lines += ["", f"  {'student':<16}{'lesson':<28}{'points':>10}{'percent':>9}  band"]
    for row in report.rows():
        percent = "-" if row["percent"] is None else f"{row['percent']:.0f} %"
        points = f"{row['score']:g} / {row['max_score']:g}"
        problem = f"  (not graded: {row['problem']})" if row["problem"] else ""
        lines.append(
            f"  {row['student']:<16}{row['lesson']:<28}{points:>10}{percent:>9}  "
            f"{row['band'] or '-'}{_time_used(row)}{problem}"
        )
    return "\n".join(lines)


def _time_used(row: dict) -> str:
    """A mock's time against its limit, for the class report's row."""
    if row.get("minutes_used") is None:
        return ""
    over = ", overtime" if row.get("overtime") else ""
    return f"  ({row['minutes_used']:.0f} of {row['limit_minutes']} min{over})"


def class_report_dict(report: ClassReport) -> dict:
    return {
        "lessons": report.lessons,
        "students": report.students,
        "dimensions": report.dimension_summary(),
        "failing_checks": [
            {"lesson": lesson, "grade_id": grade_id, "students": n}
            for lesson, grade_id, n in report.failing_checks()
        ],
        "rows": report.rows(),
    }
