"""Self-assessment: submit the learner's copy of a lesson to nbgrader and grade it.

Runs the pipeline (submit, inspect, autograde, record, report, write) through nbgrader's Python
API in this process (one start-up instead of three command-line runs), building each report
once. The learner's notebooks/ copy is only read.
"""

from __future__ import annotations

from pathlib import Path

from mlinterview import mock
from mlinterview.autograde import ExerciseListener, autograde
from mlinterview.course import CourseError, check_lesson, ensure_gradebook
from mlinterview.debrief import write_debrief
from mlinterview.feedback import generate_feedback, write_course_report, write_lesson_report
from mlinterview.history import Attempt, record_attempt
from mlinterview.inspection import inspect_submission
from mlinterview.practice import is_practice_set, now
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
    question: str | None = None,
) -> LessonReport:
    """Submit, autograde, write feedback and the rubric reports; return the lesson's report.

    ``built``: the student's lesson reports built so far in this run, by lesson (see
    ``grade_submitted``); ``on_exercise(name, number, total)``: progress, as each exercise's
    tests start; ``question``: one question of a practice set (its notebook's name).
    """
    check_lesson(root, lesson)
    check_question(root, lesson, question)
    if mock.is_mock(lesson):
        # Grading a mock submits it: the clock stops, each stage's last save is recorded.
        mock.mark_submitted(workspace or root / "notebooks" / lesson)
    submit(root, lesson, student, workspace)
    ensure_gradebook(root, lesson)
    return grade_submitted(root, lesson, student, built, on_exercise, question)


def check_question(root: Path, lesson: str, question: str | None) -> None:
    """A practice set is graded one question at a time; a lesson as a whole."""
    names = sorted(p.stem for p in (root / "source" / lesson).glob("*.ipynb"))
    if is_practice_set(lesson) and not question:
        raise CourseError(
            f"{lesson} is a practice set: grade one question, for example "
            f"`mlinterview grade {lesson} --question {names[0]}` (questions: {', '.join(names)})."
        )
    if question and not is_practice_set(lesson):
        raise CourseError(f"{lesson} is a lesson: grade it whole, without --question.")
    if question and question not in names:
        raise CourseError(f"No question {question!r} in {lesson}; questions: {', '.join(names)}.")


def grade_submitted(
    root: Path,
    lesson: str,
    student: str,
    built: dict[str, LessonReport] | None = None,
    on_exercise: ExerciseListener | None = None,
    question: str | None = None,
) -> LessonReport:
    """Grade what submitted/STUDENT/LESSON holds (with ``question``, that notebook only, its
    attempt recorded in the learner's history); write nbgrader's feedback page and the rubric
    reports (the lesson's and the course's); return the lesson's report.

    The lesson's report is built once, after autograding, and serves the feedback page, the
    report files and the course report. ``built`` holds the student's lesson reports already
    built in this run (grading several lessons): the course report reuses them, and this
    lesson's report and those the course report builds are added to it.
    """
    _, notes = inspect_submission(root, lesson, student)  # unreadable ones: submit refused
    autograde(root, lesson, student, on_exercise, question)
    write_record(root, student, lesson, "", notes)
    report = build_report(root, lesson, student, question)
    generate_feedback(root, report)
    write_lesson_report(root, report)
    if question:
        record_attempt(root, student, _attempt(report))
        return report  # practice is not part of the course report (mlinterview practice)
    if mock.is_mock(lesson):
        write_debrief(root, report)
        return report  # nor are the mocks (mlinterview mock list)
    built = {} if built is None else built
    built[lesson] = report
    write_course_report(root, build_course_report(root, student, built))
    return report


def _attempt(report: LessonReport) -> Attempt:
    autograded = [c for c in report.checks if c.kind == "autograded"]
    return Attempt(
        set=report.lesson,
        question=report.question,
        graded_at=now(),
        score=report.score,
        max_score=report.max_score,
        passed=bool(autograded) and all(c.score >= c.max_score for c in autograded),
        hints=report.hints,
        hint_penalty=report.hint_penalty,
        dimensions={t.dimension: [t.score, t.max_score] for t in report.by_dimension()},
        time_taken_minutes=report.time_taken_minutes,
    )
