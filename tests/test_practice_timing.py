"""The time a practice question took, measured without the learner doing anything: from the
first run of its answer cell (an IPython hook the checks install) to the first pass of its
visible checks (``checks.passed``). No kernel: the hook is called as IPython calls it."""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

from practice_course import SET, make_course

from mlinterview import checks
from mlinterview.checks.learner_mode import GRADING_ENV
from mlinterview.practice import find_question, time_taken_minutes


def _ran(source: str):
    return SimpleNamespace(info=SimpleNamespace(raw_cell=source), error_in_exec=None)


def test_the_clock_runs_from_the_answer_cell_to_the_first_pass(tmp_path, monkeypatch, capsys):
    course = make_course(tmp_path, {"ridge": {}})
    folder = course / "notebooks" / SET
    folder.mkdir(parents=True)
    monkeypatch.chdir(folder)  # a kernel runs in its notebook's folder
    monkeypatch.delenv(GRADING_ENV, raising=False)
    monkeypatch.setenv("JPY_SESSION_NAME", str(folder / "ridge.ipynb"))
    timing = course / "progress" / "learner" / "timing.json"

    checks.note_answer_ran(_ran("import numpy as np"))  # not the answer cell: no clock yet
    assert not timing.exists()
    checks.note_answer_ran(_ran("def ridge(x):\n    return x"))
    started = json.loads(timing.read_text())[f"{SET}/ridge"]["started"]
    checks.note_answer_ran(_ran("def ridge(x):\n    return x + 1"))  # the first run counts
    assert json.loads(timing.read_text())[f"{SET}/ridge"]["started"] == started

    # Pretend the pass came 12 minutes later.
    recorded = json.loads(timing.read_text())
    earlier = dt.datetime.fromisoformat(started) - dt.timedelta(minutes=12)
    recorded[f"{SET}/ridge"]["started"] = earlier.isoformat()
    timing.write_text(json.dumps(recorded))
    checks.passed("ridge")
    assert "Visible checks passed for `ridge`" in capsys.readouterr().out
    minutes = time_taken_minutes(course, "learner", find_question(course, "ridge"))
    assert 11.9 < minutes < 12.5


def test_a_grading_kernel_records_nothing(tmp_path, monkeypatch):
    course = make_course(tmp_path, {"ridge": {}})
    folder = course / "notebooks" / SET
    folder.mkdir(parents=True)
    monkeypatch.chdir(folder)
    monkeypatch.setenv(GRADING_ENV, "1")
    monkeypatch.setenv("JPY_SESSION_NAME", str(folder / "ridge.ipynb"))
    checks.note_answer_ran(_ran("def ridge(x):\n    return x"))
    checks.passed("ridge")
    checks.hint("ridge")  # left in the notebook: grading it costs no hint
    assert not (course / "progress").exists()


def test_checks_hint_climbs_the_ladder_and_an_instructor_can_turn_it_off(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda item: shown.append(item.data))
    course = make_course(tmp_path / "on", {"ridge": {}})
    monkeypatch.chdir(course)
    for _ in range(4):
        checks.hint("ridge")
    assert shown[0].startswith("**Hint 1 of 3** (each hint costs 10% of this question's points)")
    assert "ridge hint 3" in shown[2] and "No more hints" in shown[3]
    hints = json.loads((course / "progress" / "learner" / "hints.json").read_text())
    assert hints == {f"{SET}/ridge": 3}

    off = make_course(tmp_path / "off", {"ridge": {}}, config="\nc.Practice.hints = False\n")
    monkeypatch.chdir(off)
    checks.hint("ridge")
    assert "turned off" in shown[-1] and not (off / "progress").exists()
