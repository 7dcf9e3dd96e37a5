"""What to practise next (mlinterview.recommend), and the practice progress files it reads:
statuses, spaced repetition, the weakest dimension, the hint ladder, the attempts file.
Cheap: scratch folders and notebooks written with nbformat, no nbgrader run, no kernel."""

from __future__ import annotations

import datetime as dt

import pytest
from practice_course import NOW, SET, attempt, make_course, record

from mlinterview import practice
from mlinterview.course import CourseError
from mlinterview.history import attempts_file, read_attempts
from mlinterview.practice import Question
from mlinterview.recommend import (
    due_at,
    question_dimensions,
    question_status,
    recommend,
    reference,
    weakest_dimension,
)

DAY = dt.timedelta(days=1)


def q(name: str, difficulty: str = "medium", budget: int = 20) -> Question:
    return Question(SET, name, difficulty, ("tag",), 1, budget)


# --- Status and spaced repetition ------------------------------------------------------------


def test_a_question_never_tried_is_new_and_due():
    status = question_status(q("pca"), [attempt("other", NOW, passed=True)])
    assert (status.status, status.attempts, status.due, status.best_percent) == (
        "new",
        0,
        None,
        None,
    )
    assert status.is_due(NOW)


def test_status_is_the_latest_attempt_and_the_best_score_is_kept():
    attempts = [
        attempt("pca", NOW - 3 * DAY, passed=False, score=1.0, minutes=30.0),
        attempt("pca", NOW - 2 * DAY, passed=True, score=2.0, minutes=18.5),
        attempt("pca", NOW - DAY, passed=False, score=1.5, minutes=25.0),
    ]
    status = question_status(q("pca"), list(reversed(attempts)))  # any order in the file
    assert status.status == "failed"
    assert status.attempts == 3
    assert (status.best_score, status.max_score, status.best_percent) == (2.0, 2.0, 100.0)
    assert status.last_tried == NOW - DAY
    assert status.last_passed == NOW - 2 * DAY
    assert status.time_taken_minutes == 18.5
    assert status.to_dict()["status"] == "failed"
    assert status.to_dict()["notebook"] == f"notebooks/{SET}/pca.ipynb"


def test_a_failed_attempt_comes_back_after_a_day():
    assert due_at([attempt("pca", NOW, passed=False)]) == NOW + DAY
    assert not question_status(q("pca"), [attempt("pca", NOW, passed=False)]).is_due(NOW)


def test_a_pass_comes_back_after_a_week_then_twice_as_long_each_time():
    first = attempt("pca", NOW, passed=True)
    assert due_at([first]) == NOW + 7 * DAY
    second = attempt("pca", NOW + 7 * DAY, passed=True)
    assert due_at([first, second]) == NOW + 7 * DAY + 14 * DAY
    third = attempt("pca", NOW + 21 * DAY, passed=True)
    assert due_at([first, second, third]) == NOW + 21 * DAY + 28 * DAY


def test_a_failure_restarts_the_intervals():
    attempts = [
        attempt("pca", NOW, passed=True),
        attempt("pca", NOW + 7 * DAY, passed=False),
        attempt("pca", NOW + 8 * DAY, passed=True),
    ]
    assert due_at(attempts) == NOW + 8 * DAY + 7 * DAY


def test_grading_again_before_the_review_does_not_push_it_away():
    attempts = [attempt("pca", NOW, passed=True), attempt("pca", NOW + DAY, passed=True)]
    assert due_at(attempts) == NOW + DAY + 7 * DAY


def test_an_attempt_without_a_readable_time_is_left_out():
    broken = attempt("pca", NOW, passed=True)
    broken.graded_at = "yesterday"
    assert due_at([broken]) is None
    assert question_status(q("pca"), [broken]).status == "new"


# --- The weakest dimension -------------------------------------------------------------------


def test_the_weakest_dimension_adds_up_every_attempt():
    attempts = [
        attempt("a", NOW, False, dimensions={"algorithms": [1, 4], "implementation": [3, 4]}),
        attempt("b", NOW, True, dimensions={"algorithms": [4, 4], "implementation": [0, 2]}),
    ]
    weakest = weakest_dimension(attempts)  # algorithms 5/8 = 62.5 %, implementation 3/6 = 50 %
    assert (weakest.dimension, weakest.percent, weakest.title) == (
        "implementation",
        50.0,
        "Implementation",
    )


def test_the_lessons_count_and_ties_follow_the_rubric_order():
    attempts = [attempt("a", NOW, False, dimensions={"algorithms": [1, 2]})]
    lessons = {"implementation": (5.0, 10.0), "communication": (0.0, 0.0)}
    assert weakest_dimension(attempts, lessons).dimension == "implementation"  # before algorithms
    assert weakest_dimension([]) is None
    damaged = [attempt("a", NOW, False, dimensions={"algorithms": "x", "nonsense": [0, 1]})]
    assert weakest_dimension(damaged) is None


def test_a_question_measures_the_dimensions_of_its_graded_cells(tmp_path):
    root = make_course(tmp_path, {"pca": {"dimensions": ("algorithms", "implementation")}})
    assert question_dimensions(root, q("pca")) == {"algorithms", "implementation"}


# --- The recommendation ----------------------------------------------------------------------

CATALOG = [q("zeta", "hard"), q("beta", "medium"), q("alpha", "easy"), q("gamma", "easy")]


def test_easier_first_then_by_name():
    chosen, reason = recommend(CATALOG, [], NOW)
    assert chosen.name == "alpha"
    assert (
        reason
        == "Next: `alpha` (easy, 20 min); you have not tried it yet (easier questions come first)."
    )


def test_the_weakest_dimension_comes_first_with_a_reason():
    dims = {"practice-demo/beta": {"implementation"}, "practice-demo/alpha": {"algorithms"}}
    history = [attempt("old", NOW - DAY, False, dimensions={"implementation": [0.96, 2.0]})]
    chosen, reason = recommend(CATALOG, history, NOW, dims)
    assert chosen.name == "beta"
    assert reason == (
        "Your weakest dimension is Implementation (48 %); `beta` (medium, 20 min) tests it and "
        "you have not tried it yet."
    )


def test_no_question_for_the_weakest_dimension_says_so():
    history = [attempt("old", NOW - DAY, False, dimensions={"communication": [0, 2]})]
    chosen, reason = recommend(CATALOG, history, NOW, {})
    assert chosen.name == "alpha"
    assert "weakest dimension is Communication (0 %), but no question due now tests it" in reason


def test_new_and_failed_before_review_then_easier_first():
    catalog = [q("easy_review", "easy"), q("hard_failed", "hard")]
    history = [
        attempt("easy_review", NOW - 8 * DAY, True),  # due again since yesterday
        attempt("hard_failed", NOW - 2 * DAY, False),
    ]
    chosen, reason = recommend(catalog, history, NOW)
    assert chosen.name == "hard_failed"
    assert "your last attempt, on 2026-12-02, did not pass" in reason
    chosen, reason = recommend(catalog[:1], history, NOW)
    assert chosen.name == "easy_review"
    assert "it is due for review (passed 2026-11-26)" in reason


def test_nothing_due_says_when_the_next_one_is():
    catalog = [q("pca"), q("ridge")]
    history = [
        attempt("pca", NOW - DAY, True),
        attempt("ridge", NOW - dt.timedelta(hours=1), False),
    ]
    chosen, reason = recommend(catalog, history, NOW)
    assert chosen is None
    assert reason == (
        "Nothing to practise now: every question is passed or resting. `ridge` comes back for "
        "a retry on 2026-12-05 at 20:00 UTC."
    )
    assert recommend([], [], NOW) == (None, "There are no practice questions in this course yet.")


def test_the_recommendation_does_not_depend_on_the_order_given():
    history = [attempt("beta", NOW - 9 * DAY, True)]
    assert recommend(CATALOG, history, NOW) == recommend(CATALOG[::-1], history[::-1], NOW)


# --- The reference once tried ----------------------------------------------------------------


def test_the_reference_is_refused_before_an_attempt_and_when_turned_off(tmp_path):
    root = make_course(tmp_path)
    pca = practice.find_question(root, "pca")
    with pytest.raises(CourseError, match="mlinterview grade practice-demo --question pca"):
        reference(root, pca, [attempt("other", NOW, True)], solutions_on=True)
    with pytest.raises(CourseError, match="turned off"):
        reference(root, pca, [attempt("pca", NOW, True)], solutions_on=False)


def test_the_reference_after_an_attempt(tmp_path):
    root = make_course(tmp_path)
    pca = practice.find_question(root, "pca")
    shown = reference(root, pca, [attempt("pca", NOW, False)], solutions_on=True)
    assert shown.solution == "def pca(x):\n    return x + 1  # pca reference"
    assert shown.follow_ups == [{"question": "Why pca?", "answer": "Because pca."}]
    assert shown.to_dict()["source"].endswith("source/practice-demo/pca.ipynb")


# --- The progress files: the hint ladder and the attempts ------------------------------------


def test_the_hint_ladder_records_each_hint_and_stops_after_three(tmp_path):
    pca = practice.find_question(make_course(tmp_path), "pca")
    shown = [practice.next_hint(tmp_path, "learner", pca) for _ in range(4)]
    assert shown == [(1, "pca hint 1"), (2, "pca hint 2"), (3, "pca hint 3"), None]
    assert practice.hints_used(tmp_path, "learner", pca) == 3
    assert practice.hints_used(tmp_path, "someone-else", pca) == 0


def test_the_hint_penalty_is_capped_at_the_points():
    assert practice.hint_penalty(10.0, 2, 0.1) == 2.0
    assert practice.hint_penalty(10.0, 3, 0.5) == 10.0
    assert practice.hint_penalty(10.0, 3, 0.0) == 0.0


def test_a_damaged_attempt_line_is_skipped(tmp_path):
    record(tmp_path, attempt("pca", NOW, False), attempt("pca", NOW + DAY, True))
    path = attempts_file(tmp_path, "learner")
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0], '{"set": "practice-demo", "quest', '{"x": 1}', lines[1]]))
    found = read_attempts(tmp_path, "learner")
    assert [(a.question, a.passed) for a in found] == [("pca", False), ("pca", True)]
    assert read_attempts(tmp_path, "nobody") == []
