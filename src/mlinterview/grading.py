"""Self-assessment: submit the learner's copy of a lesson to nbgrader and grade it.

Runs the pipeline (submit, inspect, autograde, record, report, write) through nbgrader's Python
API in this process (one start-up instead of three command-line runs), building each report
once. The learner's notebooks/ copy is only read.
"""

from __future__ import annotations

from pathlib import Path

from mlinterview.autograde import ExerciseListener, autograde
from mlinterview.course import check_lesson, ensure_gradebook
from mlinterview.feedback import generate_feedback, write_course_report, write_lesson_report
from mlinterview.inspection import inspect_submission
from mlinterview.record import write_record
from mlinterview.report import LessonReport, build_course_report, build_report
from mlinterview.submit import submit

DEFAULT_STUDENT = "learner"


def grade(
    root: Path,
    lesson: str,
    student: str = DEFAULT_STUDENT,
    workspace: Path | None = None,
    built: dict[str, LessonReport] | None = None,
    on_exercise: ExerciseListener | None = None,
) -> LessonReport:
    """Submit, autograde, write feedback and the rubric reports; return the lesson's report.

    ``built``: the student's lesson reports built so far in this run, by lesson (see
    ``grade_submitted``); ``on_exercise(name, number, total)``: progress, as each exercise's
    tests start.
    """
    check_lesson(root, lesson)
    submit(root, lesson, student, workspace)
    ensure_gradebook(root, lesson)
    return grade_submitted(root, lesson, student, built, on_exercise)


def grade_submitted(
    root: Path,
    lesson: str,
    student: str,
    built: dict[str, LessonReport] | None = None,
    on_exercise: ExerciseListener | None = None,
) -> LessonReport:
    """Grade what submitted/STUDENT/LESSON holds; write nbgrader's feedback page and the rubric
    reports (the lesson's and the course's); return the lesson's report.

    The lesson's report is built once, after autograding, and serves the feedback page, the
    report files and the course report. ``built`` holds the student's lesson reports already
    built in this run (grading several lessons): the course report reuses them, and this
    lesson's report and those the course report builds are added to it.
    """
    _, notes = inspect_submission(root, lesson, student)  # unreadable ones: submit refused
    autograde(root, lesson, student, on_exercise)
    write_record(root, student, lesson, "", notes)
    report = build_report(root, lesson, student)
    generate_feedback(root, report)
    write_lesson_report(root, report)
    built = {} if built is None else built
    built[lesson] = report
    write_course_report(root, build_course_report(root, student, built))
    return report
