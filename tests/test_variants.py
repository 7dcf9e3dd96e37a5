"""Wrong and right answers, as real submissions, against the hidden tests.

Each file in tests/submissions/<lesson>/<exercise>/ is one answer cell a learner might write.
Wrong ones must lose points on that exercise (and score 0 on the cells their ``# loses:`` line
names); right ones must get every point of it. To keep the run short, one submission carries
one variant of each exercise at once: the exercises' test cells are independent, and every
other exercise of the submission must keep full marks, which is checked too.

There is one test class per lesson and block of at most ROUNDS_PER_CLASS rounds, so that
`pytest --dist loadscope` (what `make test` runs) spreads the grading evenly over the workers.
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

VARIANTS = {lesson: load_variants(lesson) for lesson in CATALOG}
#: Rounds graded by one test class (one worker); a lesson with more rounds gets more classes.
ROUNDS_PER_CLASS = 8


def _rounds(variants: list[Variant]) -> list[list[Variant]]:
    """Round i holds the i-th variant of every exercise: one submission per round."""
    by_exercise: dict[str, list[Variant]] = defaultdict(list)
    for variant in variants:
        by_exercise[variant.exercise].append(variant)
    rounds: dict[int, list[Variant]] = defaultdict(list)
    for group in by_exercise.values():
        for index, variant in enumerate(group):
            rounds[index].append(variant)
    return [rounds[i] for i in sorted(rounds)]


def test_enough_variants():
    """At least 4 wrong and 2 right answers per catalog exercise."""
    for lesson, names in CATALOG.items():
        for name in names:
            kinds = [v.correct for v in VARIANTS[lesson] if v.exercise == name]
            assert kinds.count(False) >= 4, f"{lesson} {name}: fewer than 4 wrong variants"
            assert kinds.count(True) >= 2, f"{lesson} {name}: fewer than 2 right variants"


def _block(lesson: str, block: int) -> list[list[Variant]]:
    """The rounds one test class grades."""
    return _rounds(VARIANTS[lesson])[block * ROUNDS_PER_CLASS : (block + 1) * ROUNDS_PER_CLASS]


def pytest_generate_tests(metafunc):
    if "variant" in metafunc.fixturenames:
        variants = [v for group in _block(metafunc.cls.lesson, metafunc.cls.block) for v in group]
        metafunc.parametrize("variant", variants, ids=[v.id for v in variants])


@pytest.fixture(scope="class")
def graded(request, course, tmp_path_factory) -> dict:
    """For the test class's rounds: variant id -> the scores of the submission that carried it,
    and (variant id, "messages") -> its feedback per test cell."""
    lesson, block = request.cls.lesson, request.cls.block
    results = {}
    for number, group in enumerate(_block(lesson, block), start=block * ROUNDS_PER_CLASS):
        folder = tmp_path_factory.mktemp(f"{lesson}-round{number}")
        write_submission(course, lesson, folder, {v.exercise: v.code for v in group})
        report = grade_folder(course, lesson, f"{lesson}-round{number}", folder)
        round_scores = scores(report)
        results[f"round{number}"] = round_scores
        for variant in group:
            results[variant.id] = round_scores
            results[variant.id, "messages"] = {c.grade_id: c.message for c in report.checks}
    return results


@pytest.mark.course
class VariantsOfALesson:
    """The tests for one block of a lesson's variants; subclasses below name them."""

    lesson: str
    block: int

    def test_variant(self, variant: Variant, graded, course):
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

    def test_other_exercises_keep_full_marks(self, graded, course):
        """A variant costs only its own exercise: nothing it does leaks into other cells."""
        first = self.block * ROUNDS_PER_CLASS
        for number, group in enumerate(_block(self.lesson, self.block), start=first):
            varied = {c for v in group for c in exercise_cells(course, self.lesson, v.exercise)}
            varied |= {c for v in group for c in v.breaks}  # declared dependencies
            for cell, (score, max_score) in graded[f"round{number}"].items():
                if cell not in varied and cell.startswith("test_"):
                    assert score == max_score, f"round {number}: {cell} lost points ({score})"


# One class per block of rounds of each lesson (pytest collects the names starting with "Test").
for _lesson in CATALOG:
    for _block_number in range(-(-len(_rounds(VARIANTS[_lesson])) // ROUNDS_PER_CLASS)):
        _name = f"TestVariants_{_lesson.replace('-', '_')}_{_block_number}"
        _attributes = {"lesson": _lesson, "block": _block_number}
        globals()[_name] = type(_name, (VariantsOfALesson,), _attributes)
