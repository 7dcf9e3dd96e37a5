"""The `mlinterview` command line."""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

from mlinterview.course import (
    CourseError,
    check_lesson,
    find_course_root,
    generate_release,
    lessons,
    setup,
)
from mlinterview.grading import DEFAULT_STUDENT, grade
from mlinterview.report import format_text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mlinterview", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    grade_cmd = commands.add_parser(
        "grade", help="grade your copy of a lesson (notebooks/LESSON) and print the rubric report"
    )
    grade_cmd.add_argument("lesson", help="lesson id, for example 01-interview-framework")
    grade_cmd.add_argument(
        "--student", default=DEFAULT_STUDENT, help="student id (default: %(default)s)"
    )
    grade_cmd.add_argument(
        "--notebooks", type=Path, default=None, help="folder to grade instead of notebooks/LESSON"
    )
    grade_cmd.add_argument("--json", action="store_true", help="print the report as JSON")

    commands.add_parser(
        "setup", help="record the lessons in the gradebook and copy new lessons into notebooks/"
    )
    release_cmd = commands.add_parser(
        "release", help="regenerate release/ from source/ (nbgrader generate_assignment)"
    )
    release_cmd.add_argument("lessons", nargs="*", help="lesson ids (default: all)")
    commands.add_parser("lessons", help="list the lesson ids")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # nbgrader's gradebook code triggers SQLAlchemy warnings that mean nothing to a learner.
    warnings.filterwarnings("ignore", module="nbgrader")
    warnings.filterwarnings("ignore", message=".*not in session.*")
    try:
        root = find_course_root()
        if args.command == "lessons":
            print("\n".join(lessons(root)))
        elif args.command == "release":
            for lesson in args.lessons or lessons(root):
                check_lesson(root, lesson)
                print(f"generated {generate_release(root, lesson).relative_to(root)}")
        elif args.command == "setup":
            copied, problems = setup(root)
            for path in copied:
                print(f"copied {path.relative_to(root)}")
            for problem in problems:
                print(f"warning: {problem}", file=sys.stderr)
            print(f"Lessons are in {root / 'notebooks'} (your copies are never overwritten).")
        elif args.command == "grade":
            start = time.perf_counter()
            report = grade(root, args.lesson, args.student, args.notebooks)
            if args.json:
                print(json.dumps(report.to_dict(), indent=2))
            else:
                print(format_text(report))
                print(f"\nGraded in {time.perf_counter() - start:.1f} s.")
    except CourseError as error:
        print(f"mlinterview: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
