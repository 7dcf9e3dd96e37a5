"""With the gradebook on PostgreSQL, should class grading's workers write to it directly?

Times 40 submissions of lesson 01 (half solved, half untouched) with 2 workers, two ways, on a
real PostgreSQL server started for the run (tests/postgres_server.py, as the tests do):

- private copies: ``mlinterview autograde`` as shipped (each worker autogrades into its own
  SQLite copy; the parent records each submission in the course gradebook);
- direct: each worker runs nbgrader's own autograde against the PostgreSQL gradebook.

Each way runs twice, in the order A B B A, so a drift of the machine's load weighs on both.
Run with `python tools/bench_postgres.py`; it asserts nothing. The result is in the README
("A large class").
"""

from __future__ import annotations

import concurrent.futures as futures
import multiprocessing
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from bench_course import make_class_course  # noqa: E402
from postgres_server import missing_reason, running_postgres  # noqa: E402

from mlinterview.classroom import autograde_class  # noqa: E402
from mlinterview.course import make_api  # noqa: E402

LESSON = "01-interview-framework"
SIZE = 40
WORKERS = 2


def make_course(folder: Path, db_url: str) -> list[str]:
    return make_class_course(folder, LESSON, SIZE, db_url)


def autograde_directly(course: str, student: str) -> bool:
    return make_api(Path(course)).autograde(LESSON, student, force=True, create=True)["success"]


def direct(course: Path, students: list[str]) -> None:
    context = multiprocessing.get_context("spawn")
    with futures.ProcessPoolExecutor(WORKERS, mp_context=context) as pool:
        assert all(pool.map(autograde_directly, [str(course)] * len(students), students))


def private_copies(course: Path, students: list[str]) -> None:
    results = autograde_class(course, LESSON, students, WORKERS, None)
    assert not [r.problem for r in results if r.problem]


def main() -> None:
    warnings.filterwarnings("ignore", module="nbgrader")  # its SQLAlchemy session notes
    reason = missing_reason()
    if reason:
        raise SystemExit(f"bench_postgres: {reason}")
    ways = {"private copies": private_copies, "direct": direct}
    seconds: dict[str, list[float]] = {name: [] for name in ways}
    with running_postgres() as server, tempfile.TemporaryDirectory() as scratch:
        for run, name in enumerate(["private copies", "direct", "direct", "private copies"]):
            course = Path(scratch) / f"course{run}"
            students = make_course(course, server.database(f"bench{run}"))
            start = time.perf_counter()
            ways[name](course, students)
            seconds[name].append(time.perf_counter() - start)
            print(f"{name:<16}{seconds[name][-1]:6.1f} s", flush=True)
    print(f"\n{SIZE} submissions of {LESSON}, {WORKERS} workers, PostgreSQL gradebook:")
    for name, runs in seconds.items():
        print(f"  {name:<16}{' and '.join(f'{s:.1f}' for s in runs)} s")


if __name__ == "__main__":
    main()
