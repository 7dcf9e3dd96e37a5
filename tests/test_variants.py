"""Wrong and right answers, as real submissions, against the hidden tests.

Each file in tests/submissions/<lesson>/<exercise>/ is one answer cell a learner might write.
Wrong ones must lose points on that exercise (and score 0 on the cells their ``# loses:`` line
names); right ones must get every point of it.

All variants of a lesson are graded in one nbgrader autograde of its *variant sheet*
(``course_harness.variant_sheet``): the lesson's source notebook in which, before each
exercise's reference answer, every variant is run followed by copies of that exercise's test
cells (and of the test cells of a later exercise that calls it), each block starting from the
notebook's names as they were. The grading kernel, the checks and the integrity restore are the
ones a learner's submission meets; the lesson's own set-up runs once instead of once per
variant. The original cells run after the variants and must keep full marks, which proves no
variant's effect outlasts its block.

One test class per lesson, so that `pytest --dist loadscope` (what `make test` runs) grades
the lessons on both workers.
"""

from __future__ import annotations

import nbformat
import pytest
from course_harness import (
    ASSIGNMENTS,
    CATALOG,
    REPO,
    Variant,
    answer_cells,
    copy_id,
    dependents,
    exercise_cells,
    grade_sheet,
    load_variants,
    notebook_path,
)

VARIANTS = {lesson: load_variants(lesson) for lesson in ASSIGNMENTS}


def test_enough_variants():
    """At least 4 wrong and 2 right answers per catalog exercise and practice question."""
    for lesson, names in ASSIGNMENTS.items():
        for name in names:
            kinds = [v.correct for v in VARIANTS[lesson] if v.exercise == name]
            assert kinds.count(False) >= 4, f"{lesson} {name}: fewer than 4 wrong variants"
            assert kinds.count(True) >= 2, f"{lesson} {name}: fewer than 2 right variants"


def _same_letter_everywhere(variant: Variant) -> bool:
    """Whether a quiz variant answers every question (of several) with one letter."""
    namespace: dict = {}
    exec(variant.code, namespace)
    answers = namespace.get("quiz_answers")
    if not isinstance(answers, dict) or len(answers) < 2:
        return False
    if not all(isinstance(a, str) for a in answers.values()):
        return False
    letters = {str.lower(str.strip(a)) for a in answers.values()}
    return len(letters) == 1 and len(next(iter(letters))) == 1


def test_enough_quiz_variants():
    """A lesson with a quiz has at least 4 wrong and 2 right quiz answers, and one wrong answer
    is the same letter for every question (guessing one letter must not pass)."""
    quizzes = [lesson for lesson in CATALOG if "quiz_answers" in answer_cells(_source(lesson))]
    assert quizzes
    for lesson in quizzes:
        variants = [v for v in VARIANTS[lesson] if v.exercise == "quiz_answers"]
        kinds = [v.correct for v in variants]
        assert kinds.count(False) >= 4, f"{lesson}: fewer than 4 wrong quiz answers"
        assert kinds.count(True) >= 2, f"{lesson}: fewer than 2 right quiz answers"
        assert any(not v.correct and _same_letter_everywhere(v) for v in variants), (
            f"{lesson}: no wrong quiz answer gives the same letter everywhere"
        )


def _source(lesson: str):
    return nbformat.read(notebook_path(REPO / "source", lesson), 4)


def pytest_generate_tests(metafunc):
    if "variant" in metafunc.fixturenames:
        variants = VARIANTS[metafunc.cls.lesson]
        metafunc.parametrize("variant", variants, ids=[v.id for v in variants])


@pytest.fixture(scope="class")
def graded(request, course, tmp_path_factory) -> dict:
    """The lesson's sheet, graded: ``grade id -> (score, max_score)`` and, under
    ``(grade id, "message")``, what the check told the learner."""
    lesson = request.cls.lesson
    report = grade_sheet(course, lesson, VARIANTS[lesson], tmp_path_factory.mktemp(lesson))
    results: dict = {}
    for check in report.checks:
        if check.kind == "autograded":
            results[check.grade_id] = (check.score, check.max_score)
            results[check.grade_id, "message"] = check.message
    return results


@pytest.mark.course
class VariantsOfALesson:
    """The tests for one lesson's variants; subclasses below name the lesson."""

    lesson: str

    def test_variant(self, variant: Variant, graded, course):
        cells = exercise_cells(course, variant.lesson, variant.exercise)
        assert cells, f"no test cells for {variant.exercise}"
        got = {cell: graded[copy_id(cell, variant)] for cell in cells}
        lost = {c: score for c, score in got.items() if score[0] < score[1]}
        if variant.correct:
            assert not lost, f"a right answer lost points: {lost}"
        else:
            assert lost, f"a wrong answer kept every point of {variant.exercise}: {got}"
            for cell in variant.loses:
                assert cell in cells, f"`# loses: {cell}` is not a test cell of {variant.exercise}"
                assert got[cell][0] == 0, f"expected {cell} to score 0, got {got[cell]}"
            feedback = " | ".join(graded[copy_id(c, variant), "message"] for c in cells)
            for text in variant.says:
                assert text in feedback, f"the feedback does not say {text!r}: {feedback}"

    def test_exercises_that_call_it_keep_their_points(self, graded, course):
        """A variant costs only its own exercise, also where a later exercise calls it (the
        hidden tests swap in a stand-in), unless it declares a real dependency (`# breaks:`)."""
        callers: dict[str, list[str]] = {}
        for path in sorted((course / "source" / self.lesson).glob("*.ipynb")):
            callers |= dependents(nbformat.read(path, 4))
        checked = 0
        for variant in VARIANTS[self.lesson]:
            for caller in callers.get(variant.exercise, []):
                for cell in exercise_cells(course, self.lesson, caller):
                    score, max_score = graded[copy_id(cell, variant)]
                    checked += 1
                    if cell not in variant.breaks:
                        assert score == max_score, f"{variant.id} cost {cell} ({score})"
        assert checked or not callers

    def test_the_lesson_after_the_variants_keeps_full_marks(self, graded):
        """The original cells run after every variant block: none lost a point."""
        lost = {
            cell: score
            for cell, score in graded.items()
            if isinstance(cell, str) and "__" not in cell and score[0] < score[1]
        }
        assert not lost, f"a variant's effect outlasted its block: {lost}"


# One class per lesson and practice set (pytest collects the names starting with "Test").
for _lesson in ASSIGNMENTS:
    _name = f"TestVariants_{_lesson.replace('-', '_')}"
    globals()[_name] = type(_name, (VariantsOfALesson,), {"lesson": _lesson})
