"""`mlinterview practice`, `practice next` and `solution` in a tiny scratch course (cheap: no
nbgrader run, no kernel)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from practice_course import SET, attempt, make_course, record

from mlinterview import cli

NOW = dt.datetime(2026, 12, 4, 21, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)

SPECS = {
    "pca": {"difficulty": "medium", "dimensions": ("algorithms", "implementation")},
    "ridge": {"difficulty": "easy", "budget": 15},
    "tfidf": {"difficulty": "hard"},
}


@pytest.fixture
def course(tmp_path, monkeypatch):
    root = make_course(tmp_path / "course", SPECS)
    monkeypatch.chdir(root)
    monkeypatch.setattr(cli, "_now", lambda: NOW)
    return root


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_practice_lists_every_question_with_its_status(course, capsys):
    record(
        course,
        attempt("pca", NOW - 3 * DAY, False, score=1.0, max_score=4.0, minutes=31.0),
        attempt("pca", NOW - 2 * DAY, True, score=3.0, max_score=4.0, minutes=18.0),
        attempt("ridge", NOW - DAY, False, score=1.0, max_score=2.0),
    )
    code, out, _ = run(capsys, "practice")
    assert code == 0
    lines = out.splitlines()
    header = "set question difficulty kind budget status best last tried time taken tags"
    assert lines[0].split() == header.split()
    pca = next(line for line in lines if " pca " in line)
    for shown in ("medium", "20 min", "passed", "75 %", "2026-12-02", "18 / 20 min"):
        assert shown in pca
    assert "31 / 20" not in pca  # the best time, not the last
    ridge = next(line for line in lines if " ridge " in line)
    assert "failed" in ridge and "50 %" in ridge and "- / 15 min" in ridge
    tfidf = next(line for line in lines if " tfidf " in line)
    assert " new " in tfidf and "linear-algebra" in tfidf
    assert "3 questions: 1 passed, 1 failed, 1 new" in out
    assert "mlinterview practice next" in out


def test_practice_json(course, capsys):
    record(course, attempt("pca", NOW - 2 * DAY, True, minutes=25.0))
    code, out, _ = run(capsys, "practice", "list", "--json")
    assert code == 0
    found = json.loads(out)
    assert found["student"] == "learner"
    by_name = {row["question"]: row for row in found["questions"]}
    assert list(by_name) == ["pca", "ridge", "tfidf"]
    assert by_name["pca"]["status"] == "passed"
    assert by_name["pca"]["due"] == (NOW + 5 * DAY).isoformat()
    assert by_name["pca"]["is_due"] is False
    assert by_name["pca"]["time_taken_minutes"] == 25.0
    assert by_name["ridge"] == {
        **by_name["ridge"],
        "status": "new",
        "set": SET,
        "difficulty": "easy",
        "budget_minutes": 15,
        "kind": 1,
        "tags": ["linear-algebra"],
        "attempts": 0,
        "best_percent": None,
        "last_tried": None,
        "notebook": f"notebooks/{SET}/ridge.ipynb",
    }


def test_practice_next_recommends_one_and_says_how_to_grade_it(course, capsys):
    record(course, attempt("ridge", NOW - 9 * DAY, True, dimensions={"implementation": [1, 2]}))
    code, out, _ = run(capsys, "practice", "next")
    assert code == 0
    assert out.splitlines()[:3] == [
        "Your weakest dimension is Implementation (50 %); `pca` (medium, 20 min) tests it and "
        "you have not tried it yet.",
        f"Open: notebooks/{SET}/pca.ipynb",
        f"Grade it: mlinterview grade {SET} --question pca",
    ]
    assert 'checks.hint("pca")' in out and "10 % of its points" in out
    code, out, _ = run(capsys, "practice", "next", "--json")
    found = json.loads(out)
    assert found["question"]["question"] == "pca"
    assert found["grade_command"] == f"mlinterview grade {SET} --question pca"
    assert found["weakest_dimension"] == {
        "dimension": "implementation",
        "title": "Implementation",
        "percent": 50.0,
    }


def test_practice_next_when_nothing_is_due(course, capsys):
    record(course, *(attempt(name, NOW - DAY, True) for name in SPECS))
    code, out, _ = run(capsys, "practice", "next")
    assert code == 0
    assert out.strip() == (
        "Nothing to practise now: every question is passed or resting. `pca` comes back for "
        "review on 2026-12-10 at 21:00 UTC."
    )
    found = json.loads(run(capsys, "practice", "next", "--json")[1])
    assert found["question"] is None and found["grade_command"] is None


def test_solution_is_refused_before_an_attempt(course, capsys):
    record(course, attempt("ridge", NOW, True))
    code, out, err = run(capsys, "solution", SET, "pca")
    assert code == 2 and out == ""
    assert "You have not graded `pca` yet" in err
    assert f"Grade it first: mlinterview grade {SET} --question pca" in err
    assert "return x + 1" not in err


def test_solution_after_an_attempt(course, capsys):
    record(course, attempt("pca", NOW, False))
    code, out, _ = run(capsys, "solution", SET, "pca")
    assert code == 0
    assert f"Reference solution of `pca` ({SET}, from source/{SET}/pca.ipynb)" in out
    assert "return x + 1  # pca reference" in out
    assert "BEGIN SOLUTION" not in out
    assert "1. Why pca?\n   Because pca." in out
    found = json.loads(run(capsys, "solution", "pca", "--json")[1])  # the set may be left out
    assert found["solution"] == "def pca(x):\n    return x + 1  # pca reference"
    assert found["source"] == f"source/{SET}/pca.ipynb"
    assert found["follow_ups"] == [{"question": "Why pca?", "answer": "Because pca."}]


def test_solution_turned_off_by_the_instructor(tmp_path, monkeypatch, capsys):
    root = make_course(tmp_path, SPECS, config="\nc.Practice.solutions = False\n")
    monkeypatch.chdir(root)
    record(root, attempt("pca", NOW, True))
    code, out, err = run(capsys, "solution", SET, "pca")
    assert code == 2 and out == ""
    assert "Reference solutions are turned off for this course." in err


def test_an_unknown_question(course, capsys):
    code, _, err = run(capsys, "solution", SET, "nope")
    assert code == 2 and "No practice question 'nope'" in err
