"""Speed is judged by work, not by the clock: the same submission gets the same grade however
busy the machine is.

Right answers of ``LinearRegressionGD`` that do 3 and 5 times the work of the vectorised
reference (and one written like a learner's, with an augmented design matrix) keep every
point, and one doing 20 times the work loses exactly the implementation point, every time:
each is graded several times in one class run with two workers while a spinning process (and,
in `make test`, the other test worker) keeps both cores busy: more work than cores. The
assignment graded is lesson 02's ``LinearRegressionGD`` exercise on its own (its answer cell
and its three test cells, hidden tests included), so the run is short.
"""

from __future__ import annotations

import shutil

import nbformat
import pytest
from busy_cores import busy_cores
from course_harness import REPO, SUBMISSIONS, notebook_path

from mlinterview import classroom, report, rubric
from mlinterview.course import ensure_gradebook

pytestmark = pytest.mark.course
LESSON = "02-algorithms-from-scratch"
PROBE = "speed-probe"
EXERCISE = "LinearRegressionGD"

#: A right answer whose every step computes the same gradient REPEAT times: right, but slow.
#: Per step it does REPEAT times the two matrix-vector products of the reference in the test
#: cell, and one more for the loss.
REPEATED_WORK = """
class LinearRegressionGD:
    def __init__(self, lr=0.01, n_iters=1000):
        self.lr = lr
        self.n_iters = n_iters

    def fit(self, X, y):
        n, d = X.shape
        w, b = np.zeros(d), 0.0
        losses = []
        for _ in range(self.n_iters):
            for _ in range(REPEAT):
                r = X @ w + b - y
                grad_w = 2.0 / n * (X.T @ r)
                grad_b = 2.0 * r.mean()
            w = w - self.lr * grad_w
            b = b - self.lr * grad_b
            losses.append(np.mean((X @ w + b - y) ** 2))
        self.coef_, self.intercept_ = w, float(b)
        self.loss_history_ = np.array(losses)
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
"""

#: student -> the answer each copy is graded with.
SUBMITTED = {
    **{f"augmented{i}": "augmented" for i in range(2)},
    **{f"work{k}x_{i}": f"{k}x" for k in (3, 5, 20) for i in range(2)},
}


def _answer(kind: str) -> str:
    if kind == "augmented":  # a learner's right answer: [1, X] as one design matrix
        return (SUBMISSIONS / LESSON / EXERCISE / "right_augmented.py").read_text()
    return REPEATED_WORK.replace("REPEAT", kind.removesuffix("x"))


def _probe_notebook():
    """Lesson 02's imports, the exercise's answer cell and its test cells, as in source/."""
    lesson = nbformat.read(notebook_path(REPO / "source", LESSON), 4)
    answers = rubric.answer_ids(lesson)
    cells = [lesson.cells[next(i for i, c in enumerate(lesson.cells) if c.cell_type == "code")]]
    for cell in lesson.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if EXERCISE in (grade_id, rubric.exercise_of(grade_id, answers)):
            cells.append(cell)
    lesson.cells = cells
    return lesson


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> dict[str, dict[str, tuple[float, float]]]:
    course = tmp_path_factory.mktemp("speed")
    shutil.copy2(REPO / "nbgrader_config.py", course / "nbgrader_config.py")
    probe = _probe_notebook()
    (course / "source" / PROBE).mkdir(parents=True)
    nbformat.write(probe, course / "source" / PROBE / f"{PROBE}.ipynb")
    ensure_gradebook(course, PROBE)
    for student, kind in SUBMITTED.items():
        notebook = nbformat.read(course / "source" / PROBE / f"{PROBE}.ipynb", 4)
        for cell in notebook.cells:
            if cell.metadata.get("nbgrader", {}).get("grade_id") == EXERCISE:
                cell.source = _answer(kind)
        folder = course / "submitted" / student / PROBE
        folder.mkdir(parents=True)
        nbformat.write(notebook, folder / f"{PROBE}.ipynb")
    with busy_cores(1):  # with the class run's two kernels, more work than cores
        results = classroom.autograde_class(course, PROBE, workers=2, progress=None)
    assert not [r for r in results if r.problem], [r.problem for r in results]
    return {
        student: {
            c.grade_id: (c.score, c.max_score)
            for c in report.build_report(course, PROBE, student).checks
        }
        for student in SUBMITTED
    }


def test_right_answers_doing_a_few_times_the_work_keep_every_point(graded):
    for student, kind in SUBMITTED.items():
        if kind != "20x":
            lost = {cell: got for cell, got in graded[student].items() if got[0] < got[1]}
            assert not lost, f"{student} ({kind} the work) lost points under load: {lost}"


def test_twenty_times_the_work_loses_exactly_the_implementation_point(graded):
    for student, kind in SUBMITTED.items():
        if kind == "20x":
            lost = {cell: got for cell, got in graded[student].items() if got[0] < got[1]}
            assert lost == {f"test_{EXERCISE}_vectorised": (0.0, 1.0)}, f"{student}: {lost}"


def test_copies_of_one_submission_get_identical_grades(graded):
    by_kind: dict[str, set] = {}
    for student, kind in SUBMITTED.items():
        by_kind.setdefault(kind, set()).add(tuple(sorted(graded[student].items())))
    for kind, grades in by_kind.items():
        assert len(grades) == 1, f"copies of the {kind} answer got different grades: {grades}"
