"""Grading a whole class: parallel autograding that keeps the gradebook exact, and the class
report.

SQLite takes one writer at a time, and nbgrader's autograde writes to the gradebook while it
runs (the student, the submission, every grade), so several ``nbgrader autograde`` processes
on one ``gradebook.db`` can fail with "database is locked" or interleave their writes. The
design here keeps the slow part parallel and the writes serial:

1. each worker autogrades one submission with nbgrader's own API into a private copy of the
   lesson's gradebook (the notebook runs, nbgrader writes autograded/STUDENT/LESSON);
2. the parent then records that autograded notebook in the course gradebook with nbgrader's own
   ``SaveAutoGrades`` and ``AssignLatePenalties`` preprocessors, one submission at a time.

So the grades are exactly what a sequential ``nbgrader autograde`` writes (a test compares
them), and the course gradebook can be SQLite or PostgreSQL (``db_url``).
"""

from __future__ import annotations

import concurrent.futures as futures
import csv
import json
import multiprocessing
import os
import re
import shutil
import sqlite3
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from mlinterview import regions, rubric
from mlinterview.course import CourseError, kernel_stderr_captured, load_config, make_api
from mlinterview.report import (
    FAILED,
    GRADED,
    PASSED,
    LessonReport,
    build_report,
    dimension_totals,
    graded_students,
    write_record,
)

Progress = Callable[[str], None]


@dataclass
class SubmissionResult:
    student: str
    seconds: float = 0.0
    problem: str = ""  # why it could not be graded; empty when it was
    notes: list[str] = field(default_factory=list)  # what was restored before grading


def submitted_students(root: Path, lesson: str) -> list[str]:
    """Students with a folder submitted/STUDENT/LESSON (nbgrader's collect puts them there)."""
    submitted = root / "submitted"
    if not submitted.is_dir():
        return []
    return sorted(p.name for p in submitted.iterdir() if (p / lesson).is_dir())


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:300] if text else type(error).__name__


def inspect_submission(root: Path, lesson: str, student: str) -> tuple[str, list[str]]:
    """``(problem, notes)`` for a submitted lesson, compared with source/.

    A problem means nbgrader cannot grade it (not a notebook, invalid JSON); notes say what
    autograding will restore from source/ (deleted or edited test cells), which costs nothing
    but is worth telling the learner and the instructor.
    """
    folder = root / "submitted" / student / lesson
    notes: list[str] = []
    for source_path in sorted((root / "source" / lesson).glob("*.ipynb")):
        path = folder / source_path.name
        if not path.exists():
            notes.append(f"{source_path.name} was not submitted: its points are 0.")
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # cells without ids: nbformat adds them
                notebook = nbformat.read(path, as_version=4)
                nbformat.validate(notebook)
        except Exception as error:  # invalid JSON, not a notebook, a broken schema
            return (f"{path.name} is not a notebook nbgrader can read ({_first_line(error)}).", [])
        if not notebook.cells:
            notes.append(f"{path.name} has no cells: every answer is missing.")
            continue
        submitted = {
            c.metadata["nbgrader"]["grade_id"]: c
            for c in notebook.cells
            if c.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        }
        source = nbformat.read(source_path, as_version=4)
        for cell in source.cells:
            meta = cell.metadata.get("nbgrader", {})
            grade_id = meta.get("grade_id")
            if not grade_id or not (meta.get("grade") or meta.get("solution")):
                continue
            if meta.get("solution") and grade_id not in submitted:
                notes.append(f"answer cell {grade_id} was deleted (or its metadata changed).")
            elif meta.get("solution"):
                continue  # answers are the learner's
            elif grade_id not in submitted:
                notes.append(f"test cell {grade_id} was deleted; it was restored from source/.")
            elif _edited(submitted[grade_id].source, cell.source):
                notes.append(f"test cell {grade_id} was edited; it was restored from source/.")
    return "", notes


def _visible(source: str) -> str:
    """A test cell as the learner's copy shows it: nbgrader's release removes the hidden tests."""
    return regions.remove(source, regions.HIDDEN_TESTS).strip()


def _edited(submitted: str, source: str) -> bool:
    expected = _visible(source)  # well formed: nbgrader generated the lesson from it
    try:
        return _visible(submitted) != expected
    except ValueError:  # markers that do not pair up: only an edit can make them
        return True


def _grade_one(
    root: str, lesson: str, student: str, base_db: str, scratch: str
) -> SubmissionResult:
    """In a worker: autograde one submission into a private copy of the gradebook."""
    start = time.perf_counter()
    course = Path(root)
    problem, notes = inspect_submission(course, lesson, student)
    if not problem:
        job_db = Path(scratch) / f"{student}.db"
        shutil.copy(base_db, job_db)
        api = make_api(course, db_url=f"sqlite:///{job_db}")
        with warnings.catch_warnings(), kernel_stderr_captured():
            warnings.simplefilter("ignore")  # SQLAlchemy's, from nbgrader: noise in a class run
            result = api.autograde(lesson, student, force=True, create=True)
        if not result.get("success"):
            problem = _failure_reason(result, notes)
        job_db.unlink(missing_ok=True)
    return SubmissionResult(student, time.perf_counter() - start, problem, notes)


def _failure_reason(result: dict, notes: list[str]) -> str:
    log = (result.get("error") or "") + "\n" + (result.get("log") or "")
    raised = [
        line.strip()
        for line in log.splitlines()
        if re.match(r"\s*[A-Za-z_.]*(Error|Exception)\b.*:", line)
    ]
    reason = raised[-1][:200] if raised else "see nbgrader's log"
    if any("deleted" in note or "no cells" in note for note in notes):
        return (
            "cells were deleted that nbgrader cannot restore (an exercise's answer and test "
            f"cells, or all of them; nbgrader said {reason!r}). Start from a fresh copy of the "
            "lesson and copy the answers into it."
        )
    return f"nbgrader could not autograde it ({reason})."


def _record(root: Path, lesson: str, result: SubmissionResult) -> None:
    """Write one autograded submission into the course gradebook (the only writer)."""
    from nbgrader.api import Gradebook
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.preprocessors import AssignLatePenalties, SaveAutoGrades

    config = load_config(root)
    db_url = config.CourseDirectory.db_url
    submitted = root / "submitted" / result.student / lesson
    autograded = root / "autograded" / result.student / lesson
    timestamp = CourseDirectory(config=config).get_existing_timestamp(str(submitted))
    with Gradebook(db_url) as gradebook:
        gradebook.update_or_create_student(result.student)
        if timestamp:
            gradebook.update_or_create_submission(lesson, result.student, timestamp=timestamp)
        else:
            gradebook.update_or_create_submission(lesson, result.student)
        for notebook in gradebook.find_assignment(lesson).notebooks:
            if result.problem or not (autograded / f"{notebook.name}.ipynb").exists():
                # As nbgrader does for a notebook that was not submitted: 0, nothing to review.
                graded = gradebook.find_submission_notebook(notebook.name, lesson, result.student)
                for grade in graded.grades:
                    grade.auto_score = 0
                    grade.needs_manual_grade = False
                gradebook.db.commit()
    if result.problem:
        shutil.rmtree(autograded, ignore_errors=True)
    else:
        for path in sorted(autograded.glob("*.ipynb")):
            resources = {
                "nbgrader": {
                    "db_url": db_url,
                    "assignment": lesson,
                    "notebook": path.stem,
                    "student": result.student,
                }
            }
            notebook = nbformat.read(path, as_version=4)
            for step in (SaveAutoGrades, AssignLatePenalties):
                step(config=config).preprocess(notebook, resources)
    write_record(root, result.student, lesson, result.problem, result.notes)


def _base_gradebook(root: Path, lesson: str, scratch: Path) -> Path:
    """A gradebook holding the lesson (what autograde reads), for the workers to copy: a
    snapshot of the course's SQLite gradebook (nothing writes to it yet), else a fresh one."""
    base = scratch / "base.db"
    db_url = load_config(root).CourseDirectory.db_url
    if db_url.startswith("sqlite:///"):
        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as source:
            with sqlite3.connect(base) as target:
                source.backup(target)
        return base
    release = scratch / "release"
    api = make_api(root, db_url=f"sqlite:///{base}", release_directory=str(release))
    result = api.generate_assignment(lesson, force=True, create=True)
    if not result.get("success"):
        raise CourseError(f"Recording {lesson} failed:\n{result.get('log') or ''}")
    return base


def autograde_class(
    root: Path,
    lesson: str,
    students: list[str] | None = None,
    workers: int = 1,
    progress: Progress | None = print,
) -> list[SubmissionResult]:
    """Autograde every submission of ``lesson`` (or ``students``) with ``workers`` processes.

    A submission that cannot be graded gets 0 with its reason recorded; the run goes on and no
    other student's grade changes. Prints one progress line per submission.
    """
    from mlinterview.course import ensure_gradebook

    ensure_gradebook(root, lesson)
    students = students if students is not None else submitted_students(root, lesson)
    missing = [s for s in students if not (root / "submitted" / s / lesson).is_dir()]
    if missing:
        raise CourseError(f"No submission of {lesson} for: {', '.join(missing)}.")
    say = progress or (lambda _line: None)
    results: list[SubmissionResult] = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mlinterview-class-") as scratch_dir:
        scratch = Path(scratch_dir)
        base = _base_gradebook(root, lesson, scratch)
        args = (str(root), lesson)

        def finish(result: SubmissionResult) -> None:
            _record(root, lesson, result)
            results.append(result)
            say(_progress_line(root, lesson, result, len(results), len(students), start))

        if workers <= 1:  # the same steps in this process, without a pool to start
            for student in students:
                finish(_grade_one(*args, student, str(base), scratch_dir))
            return results
        context = multiprocessing.get_context("spawn")  # no inherited state, any platform
        with futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
            jobs = {
                pool.submit(_grade_one, *args, student, str(base), scratch_dir): student
                for student in students
            }
            for done in futures.as_completed(jobs):
                student = jobs[done]
                try:
                    result = done.result()
                except Exception as error:  # the worker itself died
                    result = SubmissionResult(
                        student, problem=f"the grading process failed: {_first_line(error)}"
                    )
                finish(result)
    return sorted(results, key=lambda r: students.index(r.student))


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


def default_workers() -> int:
    """One worker per core this process may use: each grading kernel runs its numerical
    libraries on one thread (``grading_kernel.ONE_THREAD``), so that many never oversubscribe
    the cores."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores)


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
    from mlinterview.report_html import class_html

    folder.mkdir(parents=True, exist_ok=True)
    rows = report.rows()
    columns = ["student", "lesson"]
    for dimension in rubric.DIMENSION_IDS:
        if any(dimension in row for row in rows):
            columns += [dimension, f"{dimension}_max"]
    columns += ["score", "max_score", "pending", "percent", "band", "failed", "problem"]
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
            f"{row['band'] or '-'}{problem}"
        )
    return "\n".join(lines)


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
