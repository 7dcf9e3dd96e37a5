"""Shared helpers for the course tests: a scratch copy of the course, submissions, grading.

Course tests drive real nbgrader runs (no mocks) in a temporary copy of the course, so the
repository's own gradebook and notebooks/ are never touched.
"""

from __future__ import annotations

import copy
import functools
import html
import json
import re
import shutil
import tempfile
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import nbformat

from mlinterview import autograde, mock, regions, rubric, submit
from mlinterview.course import ensure_gradebook, lessons
from mlinterview.report import LessonReport, build_report

REPO = Path(__file__).resolve().parents[1]
SUBMISSIONS = Path(__file__).resolve().parent / "submissions"

#: The exercise catalog of ../shared/COURSE_DESIGN.md: each name has exactly one answer cell.
CATALOG: dict[str, list[str]] = {
    "01-interview-framework": ["standardize", "pairwise_sq_distances", "softmax", "one_hot"],
    "02-algorithms-from-scratch": [
        "linear_regression_closed_form",
        "LinearRegressionGD",
        "LogisticRegression",
        "knn_predict",
        "kmeans_plus_plus_init",
        "kmeans",
    ],
    "03-case-study": [
        "plot_class_balance",
        "precision_recall_f1",
        "roc_auc",
        "average_precision",
        "build_pipeline",
        "choose_threshold",
        "final_model",
    ],
    "04-ml-operations": [
        "conv2d",
        "max_pool2d",
        "batchnorm_forward",
        "batchnorm_backward",
        "layer_norm",
        "scaled_dot_product_attention",
        "multi_head_self_attention",
        "softmax_cross_entropy",
    ],
    "05-pytorch": [
        "LinearFunction",
        "MLP",
        "train_one_epoch",
        "evaluate",
        "CausalSelfAttention",
        "LoRALinear",
        "pad_collate",
        "fix_training_loop",
    ],
}


#: The practice sets of ../shared/COURSE_DESIGN.md: one notebook per question, named after it.
PRACTICE: dict[str, list[str]] = {
    "practice-ml-algorithms": [
        "pca",
        "GaussianNB",
        "ridge_closed_form",
        "lasso_coordinate_descent",
        "SoftmaxRegression",
        "DecisionTreeClassifier",
        "dbscan",
        "tfidf",
    ],
    "practice-dl-operations": [
        "dropout",
        "gelu",
        "lstm_cell",
        "sinusoidal_positional_encoding",
        "apply_rope",
        "top_p_filter",
        "adam_step",
        "embedding_backward",
        "box_iou",
    ],
    "practice-evaluation-data": [
        "confusion_matrix",
        "stratified_kfold",
        "time_series_split",
        "calibration_curve",
        "ndcg_at_k",
        "target_encode",
        "sessionize",
        "two_proportion_ztest",
    ],
}
#: The mock interviews of ../shared/COURSE_DESIGN.md: one notebook per stage, in order.
MOCKS: dict[str, list[str]] = {
    "mock-regression-tree": ["best_split", "RegressionTree", "GradientBoostedTrees"],
    "mock-recommender": ["als_update", "fit_als", "recommend"],
    "mock-transformer-decoder": ["causal_self_attention", "transformer_block", "decode_step"],
    "mock-mlp-from-scratch": ["mlp_forward", "mlp_loss_and_grads", "train_mlp"],
    "mock-delivery-times": ["regression_metrics", "build_delivery_pipeline", "promise_model"],
    "mock-churn": ["plot_churn_rate", "build_churn_pipeline", "choose_threshold_for_cost"],
}
#: Every assignment whose exercises are proved by variants: lessons, practice sets and mocks.
ASSIGNMENTS: dict[str, list[str]] = {**CATALOG, **PRACTICE, **MOCKS}


def notebook_names(folder: Path, assignment: str) -> list[str]:
    """The notebooks of an assignment (a lesson has one, named after it; a practice set one per
    question), by name."""
    return sorted(p.stem for p in (folder / assignment).glob("*.ipynb"))


def notebook_keys(folder: Path = REPO / "source") -> list[str]:
    """``assignment/notebook`` for every notebook of every assignment of source/."""
    return [f"{a}/{name}" for a in lessons(folder.parent) for name in notebook_names(folder, a)]


def read_notebook(folder: Path, key: str):
    """The notebook ``assignment/notebook`` (see :func:`notebook_keys`) under ``folder``; a
    mock's stage that is not there as a file (release/) is read from its seal."""
    assignment, name = key.split("/")
    path = folder / assignment / f"{name}.ipynb"
    sealed = folder / assignment / mock.SEAL_FILE
    if not path.exists() and sealed.is_file():
        return mock.unsealed_notebooks(sealed)[path.name]
    return nbformat.read(path, 4)


@functools.cache
def unsealed_release() -> Path:
    """A copy of release/ with each mock's stages unsealed beside its seal, as a learner gets
    them one by one (for the release checks, which read notebooks as files)."""
    target = Path(tempfile.mkdtemp(prefix="mlinterview-release-")) / "release"
    shutil.copytree(REPO / "release", target)
    for sealed in target.glob(f"*/{mock.SEAL_FILE}"):
        for file_name, notebook in mock.unsealed_notebooks(sealed).items():
            nbformat.write(notebook, sealed.parent / file_name)
    return target


def make_scratch_course(target: Path, recorded: list[str] | None = None) -> Path:
    """A copy of the course (config, source/, release/, jupyter-config/) with a fresh gradebook
    holding the ``recorded`` lessons (default: all; recording one takes an nbgrader run)."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "nbgrader_config.py", target / "nbgrader_config.py")
    for folder in ("source", "release", "jupyter-config"):
        shutil.copytree(REPO / folder, target / folder)
    for lesson in lessons(target) if recorded is None else recorded:
        ensure_gradebook(target, lesson)
    return target


def notebook_path(folder: Path, lesson: str) -> Path:
    return folder / lesson / f"{lesson}.ipynb"


def answer_cells(notebook) -> dict[str, nbformat.NotebookNode]:
    """``grade_id -> cell`` for the autograded answer cells of a notebook."""
    cells = {}
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and not meta.get("grade"):
            cells[meta["grade_id"]] = cell
    return cells


def run_reference(notebook) -> dict:
    """A question notebook's imports (its "setup" cell) and answer cells, run: the reference
    solution's namespace, for oracle tests."""
    namespace: dict = {}
    exec(next(c.source for c in notebook.cells if c.get("id") == "setup"), namespace)
    for cell in answer_cells(notebook).values():
        exec(cell.source, namespace)
    return namespace


def write_submission(
    course: Path, lesson: str, folder: Path, answers: dict[str, str], base: str = "source"
) -> Path:
    """A learner's copy of ``lesson`` in ``folder``: ``base`` (source or release) with some answer
    cells replaced by ``answers`` (grade_id -> code). Returns the folder to submit."""
    notebook = nbformat.read(notebook_path(course / base, lesson), as_version=4)
    cells = answer_cells(notebook)
    for grade_id, code in answers.items():
        cells[grade_id].source = code
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, folder / f"{lesson}.ipynb")
    return folder


def grade_folder(course: Path, lesson: str, student: str, folder: Path) -> LessonReport:
    """Submit ``folder`` as ``student``, autograde it with nbgrader, and read the report."""
    submit.submit(course, lesson, student, folder)
    autograde.autograde(course, lesson, student)
    return build_report(course, lesson, student)


def scores(report: LessonReport) -> dict[str, tuple[float, float]]:
    return {c.grade_id: (c.score, c.max_score) for c in report.checks}


def exercise_cells(course: Path, lesson: str, exercise: str) -> list[str]:
    """The test cells of an exercise: ``test_<name>`` and ``test_<name>_<aspect>``.

    A cell belongs to the longest answer name it matches, so ``test_kmeans_plus_plus_init`` is
    not a cell of ``kmeans``.
    """
    answers = [
        answer
        for path in sorted((course / "source" / lesson).glob("*.ipynb"))
        for answer in rubric.answer_ids(nbformat.read(path, as_version=4))
    ]
    return [
        c.grade_id
        for c in rubric.lesson_grade_cells(course / "source", lesson)
        if rubric.exercise_of(c.grade_id, answers) == exercise
    ]


@dataclass
class Variant:
    """A learner's answer for one exercise, kept as a file in tests/submissions/."""

    lesson: str
    exercise: str  # the answer cell's grade_id
    name: str
    correct: bool
    code: str
    loses: tuple[str, ...]  # test cells it must score 0 on (wrong variants)
    says: tuple[str, ...] = ()  # text the feedback on its exercise must contain
    breaks: tuple[str, ...] = ()  # other exercises' test cells it may cost (a real dependency)

    @property
    def id(self) -> str:
        return f"{self.lesson}:{self.exercise}:{self.name}"


def load_variants(lesson: str) -> list[Variant]:
    """tests/submissions/<lesson>/<exercise>/{right,wrong}_<name>.py.

    A wrong variant may say which test cells it must fail with a line ``# loses: a, b``, and
    what its feedback must tell the learner with lines ``# says: <text>`` (one text per line).
    ``# breaks: c`` names test cells of *another* exercise that depend on this one (lesson 03's
    final model is fitted with the learner's pipeline), which it may cost too.
    """
    variants = []
    for path in sorted((SUBMISSIONS / lesson).glob("*/*.py")):
        correct = path.stem.startswith("right_")
        if not correct and not path.stem.startswith("wrong_"):
            raise ValueError(f"{path}: a variant's name starts with right_ or wrong_")
        code = path.read_text()
        loses: tuple[str, ...] = ()
        breaks: tuple[str, ...] = ()
        says: list[str] = []
        for line in code.splitlines():
            if line.startswith("# loses:"):
                loses = tuple(x.strip() for x in line.removeprefix("# loses:").split(","))
            if line.startswith("# breaks:"):
                breaks = tuple(x.strip() for x in line.removeprefix("# breaks:").split(","))
            if line.startswith("# says:"):
                says.append(line.removeprefix("# says:").strip())
        variants.append(
            Variant(lesson, path.parent.name, path.stem, correct, code, loses, tuple(says), breaks)
        )
    return variants


# --- Variant sheets: every variant of a lesson graded in one notebook ----------------------

#: Plain cells of a sheet: remember the notebook's names before an exercise's variants, and
#: put them back before each variant, so no variant sees what the one before it defined.
SAVE_NAMES = (
    "_variant_sheet_names = dict(globals())\n"
    "_variant_sheet_names['_variant_sheet_names'] = _variant_sheet_names"
)
RESTORE_NAMES = (
    "for _variant_sheet_name in set(globals()) - set(_variant_sheet_names):\n"
    "    del globals()[_variant_sheet_name]\n"
    "globals().update(_variant_sheet_names)"
)


def sheet_id(lesson: str) -> str:
    """The scratch assignment that holds a lesson's variant sheet."""
    return f"{lesson}-variants"


def copy_id(test_cell: str, variant: Variant) -> str:
    """Grade id of a copy of ``test_cell`` graded against ``variant``."""
    return f"{test_cell}__{variant.exercise}__{variant.name}"


def _solution_code(cell) -> str:
    return regions.without_markers(cell.source)


def _graded_copy(cell, grade_id: str):
    graded = copy.deepcopy(cell)
    graded.metadata.nbgrader["grade_id"] = grade_id
    graded["id"] = uuid.uuid4().hex[:12]
    return graded


def dependents(notebook) -> dict[str, list[str]]:
    """``exercise -> later exercises whose reference answer calls it`` (k-means calls
    k-means++, the final model is built with the learner's pipeline)."""
    answers = list(answer_cells(notebook).items())
    found: dict[str, list[str]] = defaultdict(list)
    for position, (name, cell) in enumerate(answers):
        code = _solution_code(cell)
        for earlier, _ in answers[:position]:
            if re.search(rf"\b{re.escape(earlier)}\b", code):
                found[earlier].append(name)
    return found


def variant_sheet(source_notebook, variants: list[Variant]):
    """The lesson's source notebook with every variant graded in place.

    Before an exercise's reference answer cell, each of its variants gets a block: the names of
    the notebook put back as they were, the variant's code (a plain cell), and a copy of each of
    the exercise's test cells (grade id from :func:`copy_id`, hidden tests included). Before a
    later exercise that calls this one (see :func:`dependents`), each variant gets a block too:
    the variant, that exercise's reference answer, and copies of its test cells. Then the
    reference answers and the original test cells run as in the lesson, so every original
    cell must keep full marks: what a variant did does not outlast its block.

    So the whole lesson runs once, and a variant costs only its own exercise's tests, in the
    real grading kernel with the real checks and integrity restore.
    """
    notebook = copy.deepcopy(source_notebook)
    answers = answer_cells(notebook)
    tests_of = {name: [] for name in answers}
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution"):
            owner = rubric.exercise_of(meta["grade_id"], list(answers))
            if owner:
                tests_of[owner].append(cell)
    by_exercise: dict[str, list[Variant]] = defaultdict(list)
    for variant in variants:
        by_exercise[variant.exercise].append(variant)
    callers = dependents(notebook)

    def code(text: str):
        return nbformat.v4.new_code_cell(text)

    def block(variant: Variant, exercise: str, *code_after: str) -> list:
        """The names put back, the variant, ``code_after``, then copies of the tests of
        ``exercise``."""
        cells = [code(RESTORE_NAMES), code(variant.code), *map(code, code_after)]
        for test in tests_of[exercise]:
            cells.append(_graded_copy(test, copy_id(test.metadata.nbgrader["grade_id"], variant)))
        return cells

    cells = []
    for cell in notebook.cells:
        name = cell.metadata.get("nbgrader", {}).get("grade_id")
        if cell.metadata.get("nbgrader", {}).get("solution") and name in answers:
            blocks = []
            for variant in by_exercise.get(name, []):
                blocks += block(variant, name)
            for earlier in (e for e, later in callers.items() if name in later):
                for variant in by_exercise.get(earlier, []):
                    blocks += block(variant, name, _solution_code(cell))
            if blocks:
                cells += [code(SAVE_NAMES), *blocks, code(RESTORE_NAMES)]
        cells.append(cell)
    notebook.cells = cells
    return notebook


def grade_sheet(course: Path, lesson: str, variants: list[Variant], folder: Path) -> LessonReport:
    """Record the variant sheets of an assignment (one per notebook: a lesson has one, a
    practice set one per question) as a scratch assignment and autograde it once."""
    assignment = sheet_id(lesson)
    (course / "source" / assignment).mkdir(parents=True, exist_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((course / "source" / lesson).glob("*.ipynb")):
        notebook = nbformat.read(path, 4)
        answers = set(answer_cells(notebook))
        sheet = variant_sheet(notebook, [v for v in variants if v.exercise in answers])
        nbformat.write(sheet, course / "source" / assignment / path.name)
        nbformat.write(sheet, folder / path.name)
    ensure_gradebook(course, assignment)
    return grade_folder(course, assignment, "variants", folder)


def hidden_test_lines(notebook) -> set[str]:
    """Lines of a source notebook that exist only inside hidden-test regions (and are not part
    of a line outside them, so that seeing them reveals something)."""
    inside, outside = set(), set()
    for cell in notebook.cells:
        inside |= {line.strip() for line in regions.inside(cell.source, regions.HIDDEN_TESTS)}
        kept = regions.remove(cell.source, regions.HIDDEN_TESTS)
        outside |= {line.strip() for line in kept.splitlines()}
    visible = "\n".join(outside)
    return {line for line in inside - outside if len(line) > 3 and line not in visible}


def readable_text(path: Path) -> str:
    """A feedback file as a reader sees it: HTML without tags and entities, ANSI codes gone."""
    text = path.read_text(errors="replace")
    if path.suffix == ".html":
        text = re.sub(r"<(script|style)\b.*?</\1>", "", text, flags=re.DOTALL)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    if path.suffix == ".json":
        text = json.dumps(json.loads(text), indent=1, ensure_ascii=False).replace("\\n", "\n")
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def leaked_hidden_lines(folder: Path, lessons_to_check: list[str]) -> dict[str, list[str]]:
    """``file -> hidden-test lines of source/ found in it`` for every file under ``folder``:
    a line of the file equal to a hidden line, or a long hidden line inside any line (as in a
    traceback's ``---> 12 check(...)``)."""
    secret: set[str] = set()
    for lesson in lessons_to_check:
        secret |= hidden_test_lines(nbformat.read(notebook_path(REPO / "source", lesson), 4))
    assert secret, "no hidden-test lines found in source/"
    long_lines = [line for line in secret if len(line) >= 24]
    leaks = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        text = readable_text(path)
        lines = {line.strip() for line in text.splitlines()}
        found = sorted((secret & lines) | {s for s in long_lines if s in text})
        if found:
            leaks[str(path)] = found
    return leaks
