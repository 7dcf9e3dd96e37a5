"""The mock interview round, on a demo mock (tests/demo_mock.py): the sealed release, the start,
reveals and hints recorded from the checks, the submission after the limit, the debrief and a
second attempt compared with the first. The clock is the course's (``mock.now``), set here by
the test; the saves are the notebooks' modification times, set the same way."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from course_harness import REPO, make_scratch_course
from demo_mock import MOCK, RIGHT, prompt, write_demo_mock

from mlinterview import checks, mock
from mlinterview.course import copy_missing_lessons
from mlinterview.grading import grade
from mlinterview.labserver import Grader

pytestmark = pytest.mark.course

START = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def course(tmp_path):
    root = make_scratch_course(tmp_path / "course", recorded=[])
    write_demo_mock(root)
    return root


@pytest.fixture
def clock(monkeypatch):
    """The course's clock, at ``clock.minute``'s minutes after START."""

    class Clock:
        minute = 0.0

        def __call__(self) -> dt.datetime:
            return START + dt.timedelta(minutes=self.minute)

    fake = Clock()
    monkeypatch.setattr(mock, "now", fake)
    return fake


def _answer(folder: Path, number: int, code: str, saved_minute: float) -> None:
    """The learner writes stage ``number``'s answer and saves at ``saved_minute``."""
    path = folder / mock.stage_file(number)
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("solution"):
            cell.source = code
    nbformat.write(notebook, path)
    moment = (START + dt.timedelta(minutes=saved_minute)).timestamp()
    os.utime(path, (moment, moment))


def _everything_under(folder: Path) -> str:
    return "\n".join(
        p.read_bytes().decode(errors="replace") for p in folder.rglob("*") if p.is_file()
    )


def test_the_release_shows_no_stage_and_setup_does_not_copy_it(course):
    release = course / "release" / MOCK
    assert sorted(p.name for p in release.iterdir()) == ["README.md", mock.SEAL_FILE]
    sealed = (release / mock.SEAL_FILE).read_text()
    assert not any(prompt(n) in sealed or f"zebra-{n}" in sealed for n in (1, 2, 3))
    stages = mock.unsealed_notebooks(release / mock.SEAL_FILE)
    assert sorted(stages) == ["stage1.ipynb", "stage2.ipynb", "stage3.ipynb"]
    assert prompt(2) in stages["stage2.ipynb"].cells[0].source
    meta = mock.stage_metadata(stages["stage2.ipynb"])
    assert meta["hints"] and "follow_ups" not in meta  # model answers stay in source/
    assert "BEGIN SOLUTION" not in nbformat.writes(stages["stage2.ipynb"])
    copy_missing_lessons(course)
    assert not (course / "notebooks" / MOCK).exists()


def test_start_puts_stage_one_alone_in_the_learners_folder(course, clock):
    record, folder, archived = mock.start_in_course(course, "learner", MOCK, 30)
    assert (record.limit_minutes, record.revealed, archived) == (30, 1, None)
    visible = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert visible == ["stage1.ipynb", mock.SEAL_FILE]
    learner_side = _everything_under(course / "notebooks")
    assert prompt(1) in learner_side
    assert prompt(2) not in learner_side and prompt(3) not in learner_side
    assert "first hint for f1" not in learner_side  # hints come from checks.hint only
    with pytest.raises(mock.MockError, match="mock-demo is in progress .30 min left."):
        mock.start_in_course(course, "learner", MOCK)
    [row] = [r for r in mock.status(course, "learner") if r["mock"] == MOCK]
    assert (row["status"], row["stage"], row["stages"]) == ("in progress", 1, 3)


def test_a_round_submitted_after_the_limit(course, clock, monkeypatch, capsys):
    _, folder, _ = mock.start_in_course(course, "learner", MOCK, 10)
    monkeypatch.chdir(folder)  # where JupyterLab starts the stage's kernel
    clock.minute = 2
    checks.hint("f1")
    _answer(folder, 1, RIGHT["f1"], saved_minute=2.5)
    clock.minute = 3
    checks.passed("f1")  # the last line of stage 1's visible checks, in the learner's kernel
    assert "Stage 2 is ready: stage2.ipynb" in capsys.readouterr().out
    stage2 = (folder / "stage2.ipynb").read_text()
    assert prompt(2) in stage2 and not (folder / "stage3.ipynb").exists()
    clock.minute = 3.5
    checks.passed("f1")  # again: nothing more is revealed or recorded
    assert (folder / "stage2.ipynb").read_text() == stage2
    clock.minute = 4
    checks.hint("f2")
    clock.minute = 6
    record, number = mock.reveal_next(folder, "moved on")  # `mlinterview mock next`
    assert number == 3 and record.revealed == 3
    _answer(folder, 2, RIGHT["f2"], saved_minute=6)
    _answer(folder, 3, RIGHT["f3"], saved_minute=12)  # after the 10-minute limit
    clock.minute = 13
    report = grade(course, MOCK)

    debrief = report.debrief
    assert [(row["minute"], row["label"]) for row in debrief["timeline"]] == [
        (0.0, "Started (10 min on the clock)"),
        (2.0, "Stage 1: a hint"),
        (3.0, "Stage 1: visible checks passed"),
        (3.0, "Stage 2 revealed (stage 1's visible checks passed)"),
        (4.0, "Stage 2: a hint"),
        (6.0, "Stage 3 revealed (moved on)"),
        (10.0, "Time is up"),
        (13.0, "Submitted"),
    ]
    assert debrief["overtime"] is True and debrief["minutes_used"] == 13.0
    stages = debrief["stages"]
    assert [(s["status"], s["in_time"], s["hints"]) for s in stages] == [
        ("passed", True, 1),
        ("passed", True, 1),
        ("passed", False, 0),
    ]
    # Every stage is graded, overtime included; each hint costs 10 % of its stage's 2 points.
    assert (report.score, report.max_score, report.hint_penalty) == (5.6, 6.0, 0.4)
    text = (course / "feedback" / "learner" / MOCK / "debrief.txt").read_text()
    assert "submitted 3 min after the limit (overtime)" in text
    assert "3. f3" in text and "overtime (saved at 12:00)" in text
    assert "Stage 2: Why f2?\n    Because of f2." in text
    page = (course / "feedback" / "learner" / MOCK / "debrief.html").read_text()
    assert "<details><summary>Stage 1: Why f1?</summary>" in page
    saved = json.loads((course / "feedback" / "learner" / MOCK / "debrief.json").read_text())
    assert saved["timeline"] == debrief["timeline"]
    [row] = [r for r in mock.status(course, "learner") if r["mock"] == MOCK]
    assert (row["status"], row["overtime"], row["attempts"]) == ("done", True, 1)


def test_a_second_attempt_is_compared_with_the_first(course, clock):
    _, folder, _ = mock.start_in_course(course, "learner", MOCK)
    clock.minute = 5
    first = grade(course, MOCK)  # stage 1 untouched, stages 2 and 3 never reached
    assert [s["status"] for s in first.debrief["stages"]] == [
        "not attempted",
        "not reached",
        "not reached",
    ]
    assert first.debrief["overtime"] is False and first.score == 0
    reached = [c for c in first.checks if c.notebook == "stage3"]
    assert reached[0].message == "stage 3 was not reached in the round."

    clock.minute = 60
    record, folder, archived = mock.start_in_course(course, "learner", MOCK)
    assert record.attempt == 2
    assert archived == course / "progress" / "learner" / "mocks" / MOCK / "attempt-1"
    assert (archived / "stage1.ipynb").is_file() and (archived / mock.RECORD_FILE).is_file()
    _answer(folder, 1, RIGHT["f1"], saved_minute=62)
    mock.note_passed(folder, "f1")
    clock.minute = 64
    second = grade(course, MOCK)
    assert second.debrief["comparison"] == (
        "Against attempt 1: 0.0 → 2.0 points (+2.0), band no hire → no hire, 5 → 4 min "
        "(1 min faster), stages passed 0 → 1 of 3."
    )


def test_the_servers_clock_starts_moves_on_and_reads_the_record(course, clock):
    server = Grader(course)
    assert server.mock_state()["active"] is False
    started = server.mock_start(MOCK, 20)
    assert (started["mock"], started["stage"], started["seconds_left"]) == (MOCK, 1, 1200.0)
    assert started["stage_path"] == f"notebooks/{MOCK}/stage1.ipynb"
    clock.minute = 19
    moved = server.mock_next()
    assert (moved["revealed"], moved["stage"], moved["seconds_left"]) == (2, 2, 60.0)
    assert moved["stage_paths"][-1] == f"notebooks/{MOCK}/stage2.ipynb"
    clock.minute = 25
    state = server.mock_state()
    assert state["seconds_left"] == -300.0 and state["can_move_on"] is True
    assert state["now"] == "2026-12-04T09:25:00+00:00"


def _run(args: list[str], cwd: Path, **extra) -> str:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600, **extra)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{output[-3000:]}"
    return output


def test_a_class_round_released_fetched_started_by_the_student_and_reported(tmp_path):
    """A mock as an nbgrader assignment: the student's clock starts when they start it in their
    fetched folder, the record goes in with the notebooks, the class report shows the time."""
    course = tmp_path / "instructor"
    course.mkdir()
    shutil.copy2(REPO / "nbgrader_config.py", course)
    (course / "source").mkdir()
    write_demo_mock(course)  # what `mlinterview release mock-demo` makes: a sealed release
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    home = tmp_path / "alice"
    home.mkdir()
    env = {**os.environ, "USER": "alice"}

    def nbgrader(*args: str, cwd: Path = course, student: bool = False) -> str:
        flags = [f"--Exchange.root={exchange}"]
        if student:
            flags += ["--course=ml-coding-interview", "--student=alice"]
            flags += [f"--Exchange.cache={home / '.cache'}"]
        return _run([sys.executable, "-m", "nbgrader", *args, *flags], cwd)

    def mlinterview(*args: str, cwd: Path = home) -> str:
        return _run([sys.executable, "-m", "mlinterview.cli", *args], cwd, env=env)

    nbgrader("release_assignment", MOCK)
    nbgrader("fetch_assignment", MOCK, cwd=home, student=True)
    fetched = home / MOCK
    assert sorted(p.name for p in fetched.iterdir()) == ["README.md", mock.SEAL_FILE]
    assert "Started mock-demo (Demo): 45 minutes" in mlinterview("mock", "start", MOCK)
    _answer(fetched, 1, RIGHT["f1"], saved_minute=0)
    os.utime(fetched / "stage1.ipynb")  # saved now, within the limit
    assert "Stage 2 of 3 is open" in mlinterview("mock", "next", MOCK)
    _answer(fetched, 2, RIGHT["f2"], saved_minute=0)
    os.utime(fetched / "stage2.ipynb")
    assert "the clock stopped" in mlinterview("mock", "submit", MOCK)
    nbgrader("submit", MOCK, cwd=home, student=True)

    nbgrader("collect", MOCK)
    assert (course / "submitted" / "alice" / MOCK / mock.RECORD_FILE).is_file()
    mlinterview("autograde", MOCK, "--workers", "1", cwd=course)
    report = mlinterview("class-report", MOCK, cwd=course)
    row = next(line for line in report.splitlines() if line.strip().startswith("alice"))
    assert "4 / 6" in row and "(0 of 45 min)" in row, report
    rows = list(csv.DictReader((course / "reports" / "class-report.csv").open()))
    assert (rows[0]["limit_minutes"], rows[0]["overtime"]) == ("45", "False")
    debrief = json.loads((course / "feedback" / "alice" / MOCK / "debrief.json").read_text())
    assert [s["status"] for s in debrief["stages"]] == ["passed", "passed", "not reached"]
    assert debrief["minutes_used"] == float(rows[0]["minutes_used"])


def test_a_failed_visible_check_above_keeps_the_next_stage_closed(course, clock, monkeypatch):
    """Run All goes on after a failed check, so the cell that calls `passed` can run after a
    failure above it: the next stage opens only when no visible check of the stage failed."""
    from mlinterview.checks import learner_mode

    _, folder, _ = mock.start_in_course(course, "learner", MOCK)
    monkeypatch.chdir(folder)
    stage1 = nbformat.read(folder / "stage1.ipynb", as_version=4)
    test_cell = next(c for c in stage1.cells if c.metadata.get("nbgrader", {}).get("grade"))
    # A stage whose first test cell is not the one that calls `passed` (the demo has one cell).
    test_cell.source = "\n".join(
        line for line in test_cell.source.splitlines() if "checks.passed" not in line
    )
    nbformat.write(stage1, folder / "stage1.ipynb")
    monkeypatch.setattr(learner_mode, "_outcomes", {test_cell.source: False})
    checks.passed("f1")
    assert not (folder / "stage2.ipynb").exists()
    assert mock.read_record(folder).first("passed") is None
    learner_mode._outcomes[test_cell.source] = True  # fixed and run again
    checks.passed("f1")
    assert (folder / "stage2.ipynb").exists()
