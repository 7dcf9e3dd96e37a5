"""Every lesson follows COURSE_DESIGN.md's notebook conventions."""

from __future__ import annotations

import ast
import textwrap

import nbformat
import pytest
from course_harness import ASSIGNMENTS, REPO, answer_cells, notebook_keys, read_notebook

from mlinterview import regions, rubric

#: Every notebook of source/ as ``assignment/notebook`` (a lesson has one, a practice set one
#: per question): each follows the conventions.
LESSONS = notebook_keys()


def _read(key):
    return read_notebook(REPO / "source", key)


def _grade_cells(key):
    assignment, name = key.split("/")
    return rubric.grade_cells(REPO / "source" / assignment / f"{name}.ipynb")


def _defined_names(code: str) -> set[str]:
    names = set()
    for node in ast.parse(regions.without_markers(code)).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


@pytest.mark.parametrize("lesson", LESSONS)
def test_source_is_valid_and_clean(lesson):
    notebook = _read(lesson)
    nbformat.validate(notebook)
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, (
                "commit source without outputs"
            )


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_grade_cell_has_a_rubric_dimension(lesson):
    cells = _grade_cells(lesson)  # raises RubricError if not
    assert cells
    assert all(c.points > 0 for c in cells)
    assert len({c.grade_id for c in cells}) == len(cells), "grade ids must be unique"


@pytest.mark.parametrize("lesson", list(ASSIGNMENTS))
def test_catalog_names_have_exactly_one_answer_cell(lesson):
    answers = {}
    for key in (k for k in LESSONS if k.split("/")[0] == lesson):
        answers |= answer_cells(_read(key))
    for name in ASSIGNMENTS[lesson]:
        defining = [gid for gid, cell in answers.items() if name in _defined_names(cell.source)]
        assert defining == [name], f"{name}: defined in answer cells {defining}"


@pytest.mark.parametrize("lesson", LESSONS)
def test_test_cells_are_named_after_their_answer(lesson):
    answers = set(answer_cells(_read(lesson)))
    for cell in _grade_cells(lesson):
        if cell.kind == "autograded":
            assert any(
                cell.grade_id == f"test_{a}" or cell.grade_id.startswith(f"test_{a}_")
                for a in answers
            ), cell.grade_id


#: Checks that look only at a result's form (defined, a tuple, its shape, dtype, finiteness, a
#: plot's axes), never at whether its values are right: a cell of these needs no hidden cases.
STRUCTURE_CHECKS = {
    "call",
    "check_defined",
    "check_tuple",
    "check_shape",
    "check_dtype_kind",
    "check_finite",
    "check_axes",
    "check_growth",  # how the work grows with the input, not what it returns
}


def _without_stand_ins(parts: list) -> list:
    """The regions of a test cell without a leading hidden region that only defines functions
    and classes: a mock stage's stand-ins, the reference earlier stages put in place before its
    visible checks so that the stage is graded on its own."""
    for index, region in enumerate(parts):
        if not region.text.strip() or region.kind is None and _only_imports(region.text):
            continue
        if region.kind == regions.HIDDEN_TESTS and _only_definitions(region.text):
            return parts[:index] + parts[index + 1 :]
        return parts
    return parts


def _only_imports(code: str) -> bool:
    body = ast.parse(textwrap.dedent(code)).body
    return all(isinstance(node, (ast.Import, ast.ImportFrom)) for node in body)


def _only_definitions(code: str) -> bool:
    body = ast.parse(textwrap.dedent(code)).body
    kinds = (ast.FunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)
    return bool(body) and all(isinstance(node, kinds) for node in body)


def _check_calls(code: str) -> list[ast.Call]:
    """The ``checks.<name>(...)`` calls in ``code``."""
    return [
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "checks"
    ]


def _checks_called(code: str) -> list[str]:
    return [call.func.attr for call in _check_calls(code)]


def _other_cases(hidden: str, visible: str) -> list[str]:
    """What makes ``hidden`` check other cases than ``visible``: statements that bind data of
    their own (an assignment, a loop over cases) and check calls (inputs and expected values
    written inline) that are not in ``visible``."""
    seen_lines = {line.strip() for line in visible.splitlines()}
    seen_calls = {ast.dump(call) for call in _check_calls(visible)}
    binding = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For)
    found = [
        first
        for node in ast.walk(ast.parse(hidden))
        if isinstance(node, binding)
        and (first := ast.get_source_segment(hidden, node).splitlines()[0].strip())
        not in seen_lines
    ]
    found += [
        ast.get_source_segment(hidden, call)
        for call in _check_calls(hidden)
        if call.func.attr.startswith("check_") and ast.dump(call) not in seen_calls
    ]
    return found


def hidden_cases_or_structure(source: str) -> str:
    """What is wrong with a test cell that neither checks hidden cases on other data nor only
    the structure of a result; "" when it does one of them.

    Hidden cases: visible checks first, then one hidden-test region that ends the cell, calls a
    ``checks.check_*`` and checks other cases than the visible part: it binds data of its own,
    or makes a check call (inline inputs, an answer key) that the visible part does not.
    """
    parts = _without_stand_ins(regions.split(source))
    hidden = [r for r in parts if r.kind == regions.HIDDEN_TESTS]
    if not hidden:
        called = _checks_called(source)
        values = sorted(set(called) - STRUCTURE_CHECKS)
        if not called:
            return "no hidden tests, and no check at all"
        return f"no hidden tests, yet it checks values ({', '.join(values)})" if values else ""
    if len(hidden) > 1:
        return f"{len(hidden)} hidden-test regions; keep one, after the visible checks"
    if not "\n".join(parts[0].lines).strip():
        return "no visible check before the hidden tests"
    if "\n".join(parts[-1].lines).strip():
        return "code after the hidden tests: they come last"
    code = textwrap.dedent(hidden[0].text)
    if not [name for name in _checks_called(code) if name.startswith("check_")]:
        return "the hidden tests call no check"
    visible = "\n".join(r.text for r in parts if r.kind is None)
    if not _other_cases(code, visible):
        return "the hidden tests repeat the visible cases"
    return ""


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_test_cell_checks_hidden_cases_or_only_structure(lesson):
    """Each test cell checks hidden cases on other data than its visible checks, or checks only
    the structure of a result (see ``hidden_cases_or_structure``)."""
    problems = {}
    for cell in _read(lesson).cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution"):
            problems[meta["grade_id"]] = hidden_cases_or_structure(cell.source)
    assert problems
    assert not {k: v for k, v in problems.items() if v}


VISIBLE = "X = np.ones(3)\nchecks.check_close('f', f(X), 1.0)\n"


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        (
            VISIBLE
            + "### BEGIN HIDDEN TESTS\nX = np.zeros(4)\nchecks.check_close('f', f(X), 0.0)\n"
            "### END HIDDEN TESTS",
            "",
        ),
        (  # inputs written inline, as an edge case often is
            VISIBLE + "### BEGIN HIDDEN TESTS\nchecks.check_close('f', f(np.zeros(2)), 0.0)\n"
            "### END HIDDEN TESTS",
            "",
        ),
        ("checks.check_shape('f', checks.call(f, 3), (3,))", ""),
        (  # a mock's later stage: the reference earlier stage stands in first
            "from mlinterview import checks\n### BEGIN HIDDEN TESTS\ndef g(x):\n    return x\n"
            "### END HIDDEN TESTS\n" + VISIBLE + "### BEGIN HIDDEN TESTS\nX = np.zeros(4)\n"
            "checks.check_close('f', f(X), 0.0)\n### END HIDDEN TESTS",
            "",
        ),
        (  # a leading hidden region that checks something is not a stand-in
            "### BEGIN HIDDEN TESTS\nchecks.check_close('f', f(2), 0.0)\n### END HIDDEN TESTS\n"
            + VISIBLE
            + "### BEGIN HIDDEN TESTS\nX = np.zeros(4)\nchecks.check_close('f', f(X), 0.0)\n"
            "### END HIDDEN TESTS",
            "2 hidden-test regions",
        ),
        (VISIBLE, "no hidden tests, yet it checks values (check_close)"),
        ("f(3)", "no hidden tests, and no check at all"),
        (
            "### BEGIN HIDDEN TESTS\nX = np.zeros(4)\nchecks.check_close('f', f(X), 0.0)\n"
            "### END HIDDEN TESTS",
            "no visible check before the hidden tests",
        ),
        (
            VISIBLE + "### BEGIN HIDDEN TESTS\nX = np.zeros(4)\nprint(f(X))\n### END HIDDEN TESTS",
            "the hidden tests call no check",
        ),
        (
            VISIBLE + "### BEGIN HIDDEN TESTS\nX = np.ones(3)\nchecks.check_close('f', f(X), 1.0)\n"
            "### END HIDDEN TESTS",
            "the hidden tests repeat the visible cases",
        ),
        (
            VISIBLE
            + "### BEGIN HIDDEN TESTS\nX = np.zeros(4)\nchecks.check_close('f', f(X), 0.0)\n"
            "### END HIDDEN TESTS\nprint('done')",
            "code after the hidden tests",
        ),
    ],
)
def test_what_counts_as_hidden_cases_or_structure(source, problem):
    found = hidden_cases_or_structure(source)
    assert found.startswith(problem) and bool(found) == bool(problem), found


#: Checks that return the learner's result: as a cell's last line, IPython displays that value,
#: and nbgrader reads a displayed number as partial credit.
RETURNS_A_VALUE = {
    "call",
    "check_speed",
    "check_no_python_loop",
    "check_from_scratch",
    "check_shape",
    "check_finite",
    "check_dtype_kind",
    "check_tuple",
    "check_defined",
    "check_choice",
    "as_array",
    "check_float",
    "check_tensor",
    "as_numpy",
    "calls_to",
    "autograd_calls",
}


@pytest.mark.parametrize("lesson", LESSONS)
def test_no_test_cell_ends_in_a_value(lesson):
    for cell in _read(lesson).cells:
        meta = cell.metadata.get("nbgrader", {})
        if not (meta.get("grade") and not meta.get("solution")):
            continue
        last = ast.parse(cell.source).body[-1]
        if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call):
            func = last.value.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            assert name not in RETURNS_A_VALUE, (
                f"{meta['grade_id']}: its last line displays a value, which nbgrader reads as "
                "partial credit; assign it (`_ = ...`)"
            )


#: A quiz's answer cell and the prefix of its test cells (``test_quiz_answers_q1``, ...).
QUIZ = "quiz_answers"


def quiz_keys(notebook) -> dict[str, str]:
    """``question -> right letter`` of a source notebook's quiz, read from the hidden tests of
    its ``test_quiz_answers_<question>`` cells (``answer == "<letter>"``); checked against the
    reference answer in the quiz's answer cell, so the two cannot disagree. ``{}`` without a
    quiz."""
    keys = {}
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if not grade_id.startswith(f"test_{QUIZ}_"):
            continue
        hidden = textwrap.dedent("\n".join(regions.inside(cell.source, regions.HIDDEN_TESTS)))
        letters = [
            node.comparators[0].value
            for node in ast.walk(ast.parse(hidden))
            if isinstance(node, ast.Compare)
            and isinstance(node.left, ast.Name)
            and node.left.id == "answer"
            and isinstance(node.comparators[0], ast.Constant)
        ]
        assert len(letters) == 1, f"{grade_id}: expected one `answer == <letter>`, got {letters}"
        keys[grade_id.removeprefix(f"test_{QUIZ}_")] = letters[0]
    if keys:
        solution = regions.inside(answer_cells(notebook)[QUIZ].source, regions.SOLUTION)
        reference = ast.literal_eval(ast.parse("\n".join(solution)).body[-1].value)
        assert reference == keys, f"the quiz's reference answer {reference} is not its key {keys}"
    return keys


def overused_letters(keys: dict[str, str]) -> dict[str, int]:
    """Letters that answer more than half of a quiz's questions (``letter -> count``): answering
    that letter everywhere would score."""
    counts = {letter: list(keys.values()).count(letter) for letter in set(keys.values())}
    return {letter: n for letter, n in counts.items() if 2 * n > len(keys)}


@pytest.mark.parametrize("lesson", LESSONS)
def test_no_letter_answers_most_of_a_quiz(lesson):
    keys = quiz_keys(_read(lesson))
    assert not overused_letters(keys), f"{lesson}'s quiz key {keys}: spread the right answers"


def test_lessons_have_quizzes_to_check():
    assert sum(bool(quiz_keys(_read(lesson))) for lesson in LESSONS) >= 4


@pytest.mark.parametrize(
    ("keys", "overused"),
    [
        ({"q1": "b", "q2": "b", "q3": "b", "q4": "a"}, {"b": 3}),
        ({"q1": "a", "q2": "b", "q3": "b"}, {"b": 2}),
        ({"q1": "b", "q2": "b", "q3": "c", "q4": "a"}, {}),
        ({"q1": "d", "q2": "b", "q3": "c"}, {}),
    ],
)
def test_what_counts_as_an_overused_letter(keys, overused):
    assert overused_letters(keys) == overused
