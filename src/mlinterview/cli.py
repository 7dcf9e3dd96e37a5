"""The `mlinterview` command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import textwrap
import threading
import time
import warnings
from pathlib import Path

from mlinterview.classroom import (
    autograde_class,
    build_class_report,
    class_report_dict,
    default_workers,
    format_class_text,
    write_class_report,
)
from mlinterview.course import (
    CourseError,
    check_lesson,
    ensure_gradebook,
    find_course_root,
    generate_release,
    lessons,
    setup,
)
from mlinterview.debrief import write_debrief
from mlinterview.feedback import write_course_report, write_lesson_report
from mlinterview.grading import DEFAULT_STUDENT, grade
from mlinterview.history import read_attempts
from mlinterview.mock import is_mock
from mlinterview.practice import find_question, is_practice_set, questions, settings
from mlinterview.recommend import (
    Status,
    grade_command,
    lesson_dimension_scores,
    notebook_path,
    question_dimensions,
    question_status,
    recommend,
    reference,
    weakest_dimension,
)
from mlinterview.report import (
    LessonReport,
    build_course_report,
    build_report,
    format_course_summary,
    format_course_text,
    format_text,
    graded_students,
)
from mlinterview.restore import restore_cells
from mlinterview.submit import submit

#: Who JupyterLab is for (`mlinterview lab --role`, `make lab ROLE=instructor`).
ROLES = ("learner", "instructor")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mlinterview", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    grade_cmd = commands.add_parser(
        "grade", help="grade your copy of a lesson (notebooks/LESSON) and print the rubric report"
    )
    grade_cmd.add_argument("lesson", help="lesson id, for example 01-interview-framework, or `all`")
    grade_cmd.add_argument(
        "--student", default=DEFAULT_STUDENT, help="student id (default: %(default)s)"
    )
    grade_cmd.add_argument(
        "--notebooks", type=Path, default=None, help="folder to grade instead of notebooks/LESSON"
    )
    grade_cmd.add_argument(
        "--question", help="a practice set's question to grade (its notebook's name, e.g. pca)"
    )
    grade_cmd.add_argument("--json", action="store_true", help="print the report as JSON")
    grade_cmd.add_argument(
        "--events",
        action="store_true",
        help="print progress and the report as JSON lines (what JupyterLab's Grade button reads)",
    )

    submit_cmd = commands.add_parser(
        "submit",
        help="copy your notebooks/LESSON to submitted/STUDENT/LESSON, as `nbgrader submit` does, "
        "so that `nbgrader autograde LESSON` and `nbgrader generate_feedback LESSON` grade it",
    )
    submit_cmd.add_argument("lesson", help="lesson id, for example 01-interview-framework")
    submit_cmd.add_argument(
        "--student", default=DEFAULT_STUDENT, help="student id (default: %(default)s)"
    )

    report_cmd = commands.add_parser(
        "report",
        help="rewrite and print a rubric report from the gradebook (after hand-grading), "
        "without grading again",
    )
    report_cmd.add_argument("lesson", nargs="?", help="lesson id (default: the whole course)")
    report_cmd.add_argument("--student", default=DEFAULT_STUDENT)
    report_cmd.add_argument("--json", action="store_true", help="print the report as JSON")

    autograde_cmd = commands.add_parser(
        "autograde",
        help="instructor: autograde every submission of a lesson in submitted/, in parallel",
    )
    autograde_cmd.add_argument("lesson")
    autograde_cmd.add_argument(
        "--workers", type=int, default=default_workers(), help="processes (default: %(default)s)"
    )
    autograde_cmd.add_argument("--students", nargs="+", help="only these students")
    autograde_cmd.add_argument(
        "--sandbox",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="grade each submission in the sandbox, which hides the course from it (default: "
        "where bubblewrap runs; --sandbox fails where it does not)",
    )

    class_cmd = commands.add_parser(
        "class-report",
        help="instructor: per-student table and class summary by rubric dimension "
        "(CSV, HTML, JSON), and each student's rubric reports in feedback/",
    )
    class_cmd.add_argument("lessons", nargs="*", help="lesson ids (default: all)")
    class_cmd.add_argument(
        "--out", type=Path, default=None, help="folder for the files (default: reports/)"
    )
    class_cmd.add_argument("--json", action="store_true", help="print the report as JSON")

    commands.add_parser(
        "setup", help="record the lessons in the gradebook and copy new lessons into notebooks/"
    )
    lab_cmd = commands.add_parser(
        "lab",
        help="set up, then start JupyterLab with the course's settings (what `make lab` runs)",
    )
    lab_cmd.add_argument("--port", type=int, default=8888, help="(default: %(default)s)")
    lab_cmd.add_argument("--token", default=None, help="the server's token (default: a new one)")
    lab_cmd.add_argument(
        "--role",
        choices=ROLES,
        default=os.environ.get("MLINTERVIEW_ROLE", "learner"),
        help="learner: nbgrader's instructor panels hidden; instructor: all of nbgrader "
        "(default: $MLINTERVIEW_ROLE, else %(default)s)",
    )
    release_cmd = commands.add_parser(
        "release", help="regenerate release/ from source/ (nbgrader generate_assignment)"
    )
    release_cmd.add_argument("lessons", nargs="*", help="lesson ids (default: all)")
    restore_cmd = commands.add_parser(
        "restore-cells",
        help="put the original test cells back into your notebooks/LESSON copy (your answers "
        "are kept; a backup is written first)",
    )
    restore_cmd.add_argument("lesson")
    commands.add_parser("lessons", help="list the lesson ids")

    practice_cmd = commands.add_parser(
        "practice",
        help="list the practice questions with your status (list), or recommend one (next)",
    )
    practice_cmd.add_argument(
        "action",
        nargs="?",
        choices=("list", "next"),
        default="list",
        help="list: every question, with status, best score and time taken; next: the one "
        "to practise now and why (default: %(default)s)",
    )
    practice_cmd.add_argument("--student", default=DEFAULT_STUDENT)
    practice_cmd.add_argument("--json", action="store_true", help="print JSON")

    solution_cmd = commands.add_parser(
        "solution",
        help="show a practice question's reference solution and follow-ups' model answers "
        "(once you have graded it)",
    )
    solution_cmd.add_argument("practice_set", help="practice set, e.g. practice-ml-algorithms")
    solution_cmd.add_argument("question", nargs="?", help="question, e.g. pca")
    solution_cmd.add_argument("--student", default=DEFAULT_STUDENT)
    solution_cmd.add_argument("--json", action="store_true", help="print JSON")

    mock_cmd = commands.add_parser(
        "mock",
        help="mock interviews: list them (list), start one on the clock (start), move on to "
        "the next stage (next), submit and read the debrief (submit)",
    )
    mock_cmd.add_argument(
        "action", nargs="?", choices=("list", "start", "next", "submit"), default="list"
    )
    mock_cmd.add_argument("mock", nargs="?", help="which mock (start: default, one not done yet)")
    mock_cmd.add_argument("--minutes", type=int, help="start: the limit (default: the mock's, 45)")
    mock_cmd.add_argument(
        "--student", default=os.environ.get("MLINTERVIEW_STUDENT", DEFAULT_STUDENT)
    )
    mock_cmd.add_argument("--json", action="store_true", help="list: print JSON")
    return parser


def _restore_cells(root: Path, lesson: str) -> None:
    for done in restore_cells(root, lesson):
        name = done.notebook.relative_to(root)
        if done.backup is None:
            print(f"{name}: every test cell is as released; nothing to change.")
            continue
        for grade_id in done.deleted:
            print(f"{name}: put back the test cell `{grade_id}`.")
        for grade_id in done.changed:
            print(f"{name}: replaced your changed test cell `{grade_id}` with the original.")
        print(f"Your answers are unchanged. Backup of the notebook before: {done.backup.name}")
        print("If it is open in JupyterLab, reload it now (File > Reload Notebook from Disk).")


def _grade(root: Path, args: argparse.Namespace) -> None:
    every_lesson = [x for x in lessons(root) if not (is_practice_set(x) or is_mock(x))]
    chosen = every_lesson if args.lesson == "all" else [args.lesson]
    if args.notebooks and len(chosen) > 1:
        raise CourseError("--notebooks names one lesson's folder; grade one lesson with it.")
    built: dict[str, LessonReport] = {}  # each lesson's report, built once in this run
    for lesson in chosen:
        start = time.perf_counter()
        progress = None if args.json else _Progress(lesson, args.events)
        try:
            report = grade(
                root,
                lesson,
                args.student,
                args.notebooks,
                built,
                progress.listener() if progress else None,
                args.question,
            )
        finally:
            if progress:
                progress.stop()
        folder = root / "feedback" / args.student / lesson
        stem = f"rubric-report-{args.question}" if args.question else "rubric-report"
        if args.events:
            _event(
                "done",
                lesson=lesson,
                seconds=round(time.perf_counter() - start, 1),
                report=report.to_dict(),
                html=str(folder / f"{stem}.html"),
            )
        elif args.json:
            print(json.dumps(report.to_dict(), indent=2))
        else:
            if report.debrief:  # a mock: the debrief holds the report and the round
                print((folder / "debrief.txt").read_text().rstrip())
                print(f"\nDebrief: {folder}/debrief.html (also .txt, .json)")
            else:
                print(format_text(report))
                print(f"\nRubric report: {folder}/{stem}.html (also .txt, .json)")
            print(f"Graded in {time.perf_counter() - start:.1f} s.\n")
    if not (args.json or args.events or args.question or all(map(is_mock, chosen))):
        # Only the course's totals: the lesson's details were just printed, and the full course
        # report is in the file (and `mlinterview report`).
        course = build_course_report(root, args.student, built)
        print(format_course_summary(course))
        print(f"\nCourse report: {root / 'feedback' / args.student}/course-report.html")


def _event(kind: str, **fields: object) -> None:
    print(json.dumps({"event": kind, **fields}), flush=True)


class _Progress:
    """What the learner sees while a lesson grades: one line per exercise with the time, and
    a line every ``EVERY`` seconds while one exercise runs long (an infinite loop waits for the
    time limit), so grading never looks hung."""

    EVERY = 10.0

    def __init__(self, lesson: str, events: bool) -> None:
        self.lesson, self.events = lesson, events
        self.start = time.perf_counter()
        self.current = ""
        self.last = self.start
        self.done = threading.Event()
        if events:
            _event("start", lesson=lesson)
        else:
            print(f"Grading {lesson}: your notebook runs with the hidden tests...", flush=True)
        threading.Thread(target=self._tick, daemon=True).start()

    def elapsed(self) -> float:
        return round(time.perf_counter() - self.start, 1)

    def listener(self):
        """``on_exercise`` as a plain function: nbgrader's configuration deep-copies what it
        is given, which a function survives and a bound method of this object does not."""
        return lambda name, number, total: self.on_exercise(name, number, total)

    def on_exercise(self, name: str, number: int, total: int) -> None:
        self.current, self.last = name, time.perf_counter()
        if self.events:
            _event(
                "exercise",
                lesson=self.lesson,
                name=name,
                number=number,
                total=total,
                seconds=self.elapsed(),
            )
        else:
            print(f"  [{self.elapsed():5.1f} s] {number}/{total} {name}", flush=True)

    def _tick(self) -> None:
        while not self.done.wait(1.0):
            if self.current and time.perf_counter() - self.last >= self.EVERY:
                self.last = time.perf_counter()
                if self.events:
                    _event("running", lesson=self.lesson, name=self.current, seconds=self.elapsed())
                else:
                    print(
                        f"  [{self.elapsed():5.1f} s]     still running {self.current}'s "
                        "tests (a cell stops at the time limit)",
                        flush=True,
                    )

    def stop(self) -> None:
        self.done.set()


def _setup(root: Path) -> None:
    copied, problems = setup(root)
    for path in copied:
        print(f"copied {path.relative_to(root)}")
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    print(f"Lessons are in {root / 'notebooks'} (your copies are never overwritten).")


def _start_lab(root: Path, port: int, token: str | None, role: str = "learner") -> None:
    """Replace this process with JupyterLab, with the course's settings (jupyter-config/: the
    Grade button and its endpoints) and this environment's commands on the terminals' PATH."""
    bin_dir = str(Path(sys.executable).parent)
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([bin_dir, env.get("PATH", "")])
    config = root / "jupyter-config"
    # A learner's JupyterLab hides nbgrader's instructor panels (jupyter-config/learner/).
    course_config = [str(config / "learner")] if role == "learner" else []
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
        [*course_config, str(config), *filter(None, [env.get("JUPYTER_CONFIG_PATH")])]
    )
    env["MLINTERVIEW_ROLE"] = role
    command = [
        str(Path(bin_dir) / "jupyter"),
        "lab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.default_url=/lab/tree/notebooks",
    ]
    if token is not None:
        command.append(f"--IdentityProvider.token={token}")
    if os.getuid() == 0:  # containers and CI machines often run as root; Jupyter asks to be told
        command.append("--allow-root")
    print("Starting JupyterLab: open the http://127.0.0.1:... URL printed below (Ctrl-C stops it).")
    sys.stdout.flush()
    os.chdir(root)  # nbgrader's Validate button reads nbgrader_config.py from the working directory
    os.execve(command[0], command, env)


def _submit(root: Path, lesson: str, student: str) -> None:
    check_lesson(root, lesson)
    target = submit(root, lesson, student)
    ensure_gradebook(root, lesson)  # autograde reads the lesson's tests from the gradebook
    print(
        f"Submitted notebooks/{lesson} as {target.relative_to(root)}. Grade it with nbgrader:\n"
        f"  nbgrader autograde {lesson}\n"
        f"  nbgrader generate_feedback {lesson}    # feedback/{student}/{lesson}/{lesson}.html"
    )


def _report(root: Path, lesson: str | None, student: str, as_json: bool) -> None:
    if lesson:
        check_lesson(root, lesson)
        if student not in graded_students(root, lesson):
            raise CourseError(f"{student} has no graded submission of {lesson} yet.")
        report = build_report(root, lesson, student)
        write_lesson_report(root, report)
        print(json.dumps(report.to_dict(), indent=2) if as_json else format_text(report))
    course = build_course_report(root, student, {lesson: report} if lesson else None)
    write_course_report(root, course)
    if not lesson:
        print(json.dumps(course.to_dict(), indent=2) if as_json else format_course_text(course))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _time_taken(status: Status) -> str:
    budget = status.question.budget_minutes
    if status.time_taken_minutes is None:
        return f"- / {budget} min"
    over = " (over)" if status.time_taken_minutes > budget else ""
    return f"{status.time_taken_minutes:.0f} / {budget} min{over}"


def format_practice_table(statuses: list[Status]) -> str:
    """One line per question: where it is, what it is, and how the learner did."""
    header = ("set", "question", "difficulty", "kind", "budget", "status", "best", "last tried")
    rows = [(*header, "time taken", "tags")]
    for s in statuses:
        q = s.question
        best = "-" if s.best_percent is None else f"{s.best_percent:.0f} %"
        last = s.last_tried.strftime("%Y-%m-%d") if s.last_tried else "-"
        row = (q.set, q.name, q.difficulty, str(q.kind), f"{q.budget_minutes} min", s.status)
        rows.append((*row, best, last, _time_taken(s), ", ".join(q.tags)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    counts = {k: sum(s.status == k for s in statuses) for k in ("passed", "failed", "new")}
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    kinds = "kind: 1 from scratch, 2 end-to-end piece, 3 ML operation"
    lines += ["", f"{len(statuses)} questions: {summary} ({kinds}).", _NEXT]
    return "\n".join(line.rstrip() for line in lines)


_NEXT = "What to practise next: mlinterview practice next"


def _practice(root: Path, action: str, student: str, as_json: bool) -> None:
    catalog = questions(root)
    if not catalog:
        raise CourseError(f"No practice questions in {root / 'source'} (practice-*/ folders).")
    attempts = read_attempts(root, student)
    now = _now()
    if action == "list":
        statuses = [question_status(q, attempts) for q in catalog]
        if as_json:
            rows = [s.to_dict(now) for s in statuses]
            print(json.dumps({"student": student, "questions": rows}, indent=2))
        else:
            print(format_practice_table(statuses))
        return
    lessons_scores = lesson_dimension_scores(root, student)
    dimensions = {q.key: question_dimensions(root, q) for q in catalog}
    chosen, reason = recommend(catalog, attempts, now, dimensions, lessons_scores)
    weakest = weakest_dimension(attempts, lessons_scores)
    if as_json:
        found = {
            "student": student,
            "reason": reason,
            "question": question_status(chosen, attempts).to_dict(now) if chosen else None,
            "grade_command": grade_command(chosen) if chosen else None,
            "weakest_dimension": (
                {"dimension": weakest.dimension, "title": weakest.title, "percent": weakest.percent}
                if weakest
                else None
            ),
        }
        print(json.dumps(found, indent=2))
        return
    print(reason)
    if chosen is None:
        return
    print(f"Open: {notebook_path(chosen)}")
    print(f"Grade it: {grade_command(chosen)}")
    chosen_settings = settings(root)
    if chosen_settings.hints and chosen.hints:
        cost = chosen_settings.hint_cost
        price = f"each costs {cost * 100:.0f} % of its points" if cost else "they are free"
        print(f'Stuck? checks.hint("{chosen.name}") in the notebook shows a hint ({price}).')


def _solution(root: Path, args: argparse.Namespace) -> None:
    # `solution pca` works too: a lone argument is the question.
    name, practice_set = args.question, args.practice_set
    if name is None:
        name, practice_set = practice_set, None
    question = find_question(root, name, practice_set)
    shown = reference(root, question, read_attempts(root, args.student))
    if args.json:
        print(json.dumps({**shown.to_dict(), "source": str(shown.source.relative_to(root))}))
        return
    where = shown.source.relative_to(root)
    print(f"Reference solution of `{question.name}` ({question.set}, from {where}):\n")
    print(shown.solution)
    if shown.follow_ups:
        print("\nFollow-ups, with model answers:")
        for number, follow_up in enumerate(shown.follow_ups, start=1):
            print(f"\n{number}. {follow_up['question']}")
            print(textwrap.indent(follow_up["answer"], "   "))


def _local(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


def _started(record, folder: Path, shown: Path) -> None:
    print(
        f"Started {record.mock} ({record.title}): "
        f"{record.limit_minutes} minutes, until {_local(record.deadline)} on your clock."
    )
    print(f"Stage 1 of {len(record.stages)}: open {shown / 'stage1.ipynb'} in JupyterLab")
    print("  (make lab); the time left is in its status bar.")
    print("When its visible checks pass, stage 2 appears beside it. To move on without them:")
    print("  mlinterview mock next. Submit (ends the clock): mlinterview mock submit, or Grade.")


def _mock(root: Path, args: argparse.Namespace) -> None:
    from mlinterview import mock

    if args.action == "list":
        rows = mock.status(root, args.student)
        if args.json:
            print(json.dumps({"student": args.student, "mocks": rows}, indent=2))
            return
        print(format_mock_table(rows))
        return
    if args.action == "start":
        record, folder, archived = mock.start_in_course(root, args.student, args.mock, args.minutes)
        if archived:
            print(f"Your earlier attempt is kept in {archived.relative_to(root)}/.")
        _started(record, folder, folder.relative_to(root))
        return
    running = mock.in_progress(root)
    if args.mock:
        running = [(r, f) for r, f in running if r.mock == args.mock]
    if not running:
        raise CourseError(
            "No mock interview is in progress: start one with `mlinterview mock start`."
        )
    record, folder = running[0]
    if args.action == "next":
        record, number = mock.reveal_next(folder, "moved on")
        where = (folder / mock.stage_file(number)).relative_to(root) if number else None
        print(mock.move_on_message(record, number, where, "Submit with `mlinterview mock submit`."))
        return
    # submit: grading a mock submits it
    args.lesson, args.question, args.notebooks, args.events = record.mock, None, None, False
    _grade(root, args)


def format_mock_table(rows: list[dict]) -> str:
    # Columns as wide as their longest entry, so that a long title never runs into the next.
    mock_width = max([len("mock"), *(len(row["mock"]) for row in rows)]) + 2
    title_width = max([len("title"), *(len(row["title"]) for row in rows)]) + 2
    lines = [f"{'mock':<{mock_width}}{'title':<{title_width}}{'kind':<6}status"]
    for row in rows:
        state = row["status"]
        if state == "in progress":
            left = row["seconds_left"] / 60
            clock = f"{left:.0f} min left" if left > 0 else "time is up"
            state = f"in progress: stage {row['stage']} of {row['stages']}, {clock}"
        elif state == "done":
            over = ", overtime" if row.get("overtime") else ""
            state = (
                f"done: {row.get('band') or 'no band'}, {row['score']:g} / {row['max_score']:g} "
                f"points, {row['minutes_used']:.0f} of {row['limit_minutes']} min{over} "
                f"(attempts: {row['attempts']})"
            )
        lines.append(
            f"{row['mock']:<{mock_width}}{row['title']:<{title_width}}{row['kind']:<6}{state}"
        )
    lines.append("Start one: mlinterview mock start [MOCK] [--minutes 45]")
    return "\n".join(lines)


def _class_folder(args: argparse.Namespace) -> Path | None:
    """A class's fetched mock (``nbgrader fetch_assignment``): the folder holding its seal,
    outside any course folder. None inside a course."""
    from mlinterview.mock import SEAL_FILE

    try:
        find_course_root()
        return None
    except CourseError:
        pass
    here = Path.cwd()
    for folder in ([here / args.mock] if args.mock else []) + [here]:
        if (folder / SEAL_FILE).is_file():
            return folder
    return None


def _mock_in_class(folder: Path, args: argparse.Namespace) -> int:
    """The round in a class: the clock and the stages in the fetched folder; the instructor
    grades what ``nbgrader submit`` sends, record included."""
    from mlinterview import mock

    student = os.environ.get("USER") or args.student
    try:
        if args.action == "start":
            record = mock.start(folder, folder / mock.SEAL_FILE, student, args.minutes)
            _started(record, folder, folder)
        elif args.action == "next":
            record, number = mock.reveal_next(folder, "moved on")
            where = folder / mock.stage_file(number) if number else None
            submit = f"Submit with `mlinterview mock submit {record.mock}`, then nbgrader submit."
            print(mock.move_on_message(record, number, where, submit))
        elif args.action == "submit":
            record = mock.mark_submitted(folder)
            print(
                f"{record.mock}: the clock stopped. Hand it in with nbgrader: "
                f"nbgrader submit {record.mock} --course <course id>."
            )
        else:
            record = mock.read_record(folder)
            print(
                f"{folder.name}: "
                + ("not started" if record is None else f"stage {record.revealed}")
            )
    except CourseError as error:
        print(f"mlinterview: {error}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # nbgrader's gradebook code triggers SQLAlchemy warnings that mean nothing to a learner.
    warnings.filterwarnings("ignore", module="nbgrader")
    warnings.filterwarnings("ignore", message=".*not in session.*")
    try:
        if args.command == "mock" and _class_folder(args) is not None:
            return _mock_in_class(_class_folder(args), args)
        root = find_course_root()
        if args.command == "lessons":
            print("\n".join(lessons(root)))
        elif args.command == "release":
            for lesson in args.lessons or lessons(root):
                check_lesson(root, lesson)
                print(f"generated {generate_release(root, lesson).relative_to(root)}")
        elif args.command == "setup":
            _setup(root)
        elif args.command == "lab":
            _setup(root)
            _start_lab(root, args.port, args.token, args.role)
        elif args.command == "grade":
            _grade(root, args)
        elif args.command == "submit":
            _submit(root, args.lesson, args.student)
        elif args.command == "report":
            _report(root, args.lesson, args.student, args.json)
        elif args.command == "practice":
            _practice(root, args.action, args.student, args.json)
        elif args.command == "solution":
            _solution(root, args)
        elif args.command == "mock":
            _mock(root, args)
        elif args.command == "restore-cells":
            _restore_cells(root, args.lesson)
        elif args.command == "autograde":
            check_lesson(root, args.lesson)
            start = time.perf_counter()
            results = autograde_class(
                root, args.lesson, args.students, args.workers, sandbox=args.sandbox
            )
            problems = sum(bool(r.problem) for r in results)
            print(
                f"Autograded {len(results)} submissions of {args.lesson} in "
                f"{time.perf_counter() - start:.1f} s with {args.workers} workers"
                + (f"; {problems} could not be graded (reasons above)." if problems else ".")
            )
        elif args.command == "class-report":
            for lesson in args.lessons:
                check_lesson(root, lesson)
            chosen = args.lessons or [x for x in lessons(root) if graded_students(root, x)]
            report = build_class_report(root, chosen)
            paths = write_class_report(root, report, args.out or root / "reports")
            built: dict[str, dict[str, LessonReport]] = {s: {} for s in report.students}
            for (student, lesson), lesson_report in report.reports.items():
                write_lesson_report(root, lesson_report)
                if is_mock(lesson):  # each student's debrief, for nbgrader's feedback round
                    write_debrief(root, lesson_report, keep=False)
                built[student][lesson] = lesson_report
            for student in report.students:
                write_course_report(root, build_course_report(root, student, built[student]))
            if args.json:
                print(json.dumps(class_report_dict(report), indent=2))
            else:
                print(format_class_text(report))
                print("\nWritten: " + ", ".join(str(p) for p in paths))
                print("Each student's rubric reports: feedback/STUDENT/")
    except CourseError as error:
        if getattr(args, "events", False):
            _event("error", message=str(error))
        print(f"mlinterview: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
