"""Wrong and right answers, as real submissions, against the hidden tests.

Each file in tests/submissions/<lesson>/<exercise>/ is one answer cell a learner might write.
Wrong ones must lose points on that exercise (and score 0 on the cells their ``# loses:`` line
names); right ones must get every point of it. To keep the run short, one submission carries
one variant of each exercise at once: the exercises' test cells are independent, and every
other exercise of the submission must keep full marks, which is checked too.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from course_harness import (
    CATALOG,
    Variant,
    exercise_cells,
    grade_folder,
    load_variants,
    scores,
    write_submission,
)

VARIANTS = [v for lesson in CATALOG for v in load_variants(lesson)]


def _rounds(variants: list[Variant]) -> list[list[Variant]]:
    by_exercise: dict[tuple[str, str], list[Variant]] = defaultdict(list)
    for variant in variants:
        by_exercise[(variant.lesson, variant.exercise)].append(variant)
    rounds: dict[tuple[str, int], list[Variant]] = defaultdict(list)
    for group in by_exercise.values():
        for index, variant in enumerate(group):
            rounds[(variant.lesson, index)].append(variant)
    return list(rounds.values())


@pytest.fixture(scope="module")
def graded(course, tmp_path_factory) -> dict:
    """variant id -> the scores of the submission that carried it, and
    (variant id, "messages") -> its feedback per test cell."""
    results = {}
    for number, group in enumerate(_rounds(VARIANTS)):
        lesson = group[0].lesson
        folder = tmp_path_factory.mktemp(f"round{number}")
        write_submission(course, lesson, folder, {v.exercise: v.code for v in group})
        report = grade_folder(course, lesson, f"round{number}", folder)
        round_scores = scores(report)
        for variant in group:
            results[variant.id] = round_scores
        results[f"round{number}"] = round_scores
        for variant in group:
            results[variant.id, "messages"] = {c.grade_id: c.message for c in report.checks}
    return results


def test_enough_variants():
    """At least 4 wrong and 2 right answers per catalog exercise."""
    for lesson, names in CATALOG.items():
        for name in names:
            kinds = [v.correct for v in VARIANTS if v.lesson == lesson and v.exercise == name]
            assert kinds.count(False) >= 4, f"{lesson} {name}: fewer than 4 wrong variants"
            assert kinds.count(True) >= 2, f"{lesson} {name}: fewer than 2 right variants"


@pytest.mark.course
@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.id)
def test_variant(variant: Variant, graded, course):
    got = graded[variant.id]
    cells = exercise_cells(course, variant.lesson, variant.exercise)
    assert cells, f"no test cells for {variant.exercise}"
    lost = {c: got[c] for c in cells if got[c][0] < got[c][1]}
    if variant.correct:
        assert not lost, f"a right answer lost points: {lost}"
    else:
        assert lost, f"a wrong answer kept every point of {variant.exercise}: {got}"
        for cell in variant.loses:
            assert cell in cells, f"`# loses: {cell}` is not a test cell of {variant.exercise}"
            assert got[cell][0] == 0, f"expected {cell} to score 0, got {got[cell]}"
        feedback = " | ".join(graded[variant.id, "messages"][c] for c in cells)
        for text in variant.says:
            assert text in feedback, f"the feedback does not say {text!r}: {feedback}"


@pytest.mark.course
def test_other_exercises_keep_full_marks(graded, course):
    """A variant costs only its own exercise: nothing it does leaks into other cells."""
    for number, group in enumerate(_rounds(VARIANTS)):
        lesson = group[0].lesson
        varied = {c for v in group for c in exercise_cells(course, lesson, v.exercise)}
        for cell, (score, max_score) in graded[f"round{number}"].items():
            if cell not in varied and cell.startswith("test_"):
                assert score == max_score, f"round {number}: {cell} lost points ({score})"
