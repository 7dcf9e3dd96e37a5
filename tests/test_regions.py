"""nbgrader's solution and hidden-test regions, parsed in one place (mlinterview.regions)."""

from __future__ import annotations

import nbformat
import pytest
from nbgrader.preprocessors import ClearHiddenTests, ClearSolutions

from mlinterview import regions
from mlinterview.regions import HIDDEN_PLACEHOLDER, HIDDEN_TESTS, SOLUTION

ANSWER = "def f(x):\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION"
TEST = (
    "check(f(1), 2)\n"
    "if True:\n"
    "    ### BEGIN HIDDEN TESTS\n"
    "    check(f(5), 10)\n"
    "    ### END HIDDEN TESTS\n"
    "print('done')"
)


def test_a_cell_without_regions_is_one_run_of_lines():
    source = "x = 1\n\ny = 2\n"
    assert regions.split(source) == [regions.Region(None, ("x = 1", "", "y = 2", ""))]
    assert regions.without_markers(source) == source
    assert regions.remove(source, *regions.KINDS) == source
    assert regions.inside(source, *regions.KINDS) == []
    assert regions.strip_hidden_tests(source) == (source, False)
    assert regions.solution_text(source) == "x = 1\n\ny = 2"  # the whole cell, as nbgrader
    assert regions.split("") == [regions.Region(None, ("",))]


def test_regions_in_order_and_the_source_back():
    source = (
        "a\n### BEGIN SOLUTION\nb\n### END SOLUTION\n"
        "### BEGIN HIDDEN TESTS\nc\n### END HIDDEN TESTS"
    )
    parts = regions.split(source)
    assert [(r.kind, r.lines) for r in parts] == [
        (None, ("a",)),
        (SOLUTION, ("b",)),
        (None, ()),
        (HIDDEN_TESTS, ("c",)),
        (None, ()),
    ]
    assert "\n".join(line for r in parts for line in r.source_lines()) == source
    assert regions.inside(source, SOLUTION) == ["b"]
    assert regions.inside(source, HIDDEN_TESTS) == ["c"]
    assert regions.inside(source, *regions.KINDS) == ["b", "c"]
    assert regions.without_markers(source) == "a\nb\nc"
    assert regions.remove(source, HIDDEN_TESTS) == "a\n### BEGIN SOLUTION\nb\n### END SOLUTION"
    assert regions.remove(source, *regions.KINDS) == "a"


def test_several_regions_of_one_kind():
    source = (
        "### BEGIN HIDDEN TESTS\none\n### END HIDDEN TESTS\nvisible\n"
        "  ### BEGIN HIDDEN TESTS\n  two\n  ### END HIDDEN TESTS\n"
    )
    assert regions.inside(source, HIDDEN_TESTS) == ["one", "  two"]
    stripped, removed = regions.strip_hidden_tests(source)
    assert removed
    assert stripped == f"{HIDDEN_PLACEHOLDER}\nvisible\n  {HIDDEN_PLACEHOLDER}\n"


def test_the_placeholder_keeps_the_markers_indentation():
    stripped, removed = regions.strip_hidden_tests(TEST)
    assert removed
    assert stripped == f"check(f(1), 2)\nif True:\n    {HIDDEN_PLACEHOLDER}\nprint('done')"
    assert regions.strip_hidden_tests(TEST, placeholder="pass")[0].splitlines()[2] == "    pass"


def test_solution_text_is_the_region_without_its_markers():
    assert regions.solution_text(ANSWER) == "return 2 * x"
    assert regions.solution_text("**Plan.**\n### BEGIN SOLUTION\nAsk.\n### END SOLUTION") == "Ask."


def test_markers_match_as_in_nbgrader_anywhere_on_the_line_and_case_sensitive():
    source = "x = 1  # BEGIN SOLUTION (yours)\ny = 2\n# END SOLUTION\n# begin solution\n"
    assert regions.inside(source, SOLUTION) == ["y = 2"]
    assert regions.without_markers(source) == "y = 2\n# begin solution\n"


@pytest.mark.parametrize(
    ("source", "marker"),
    [
        ("a\n### BEGIN HIDDEN TESTS\nsecret(b)\nsecret(c)", '"BEGIN HIDDEN TESTS" has no "END'),
        ("### BEGIN SOLUTION\nx = 1", '"BEGIN SOLUTION" has no "END SOLUTION"'),
        ("check(a)\n### END HIDDEN TESTS\nmore()", '"END HIDDEN TESTS" without a "BEGIN'),
        ("### END SOLUTION", '"END SOLUTION" without'),
        (
            "### BEGIN HIDDEN TESTS\na\n### BEGIN HIDDEN TESTS\nb\n### END HIDDEN TESTS",
            '"BEGIN HIDDEN TESTS" inside the HIDDEN TESTS region',
        ),
        (
            "### BEGIN SOLUTION\na\n### BEGIN HIDDEN TESTS\nb\n### END HIDDEN TESTS",
            '"BEGIN HIDDEN TESTS" inside the SOLUTION region',
        ),
        (
            "### BEGIN SOLUTION\na\n### END HIDDEN TESTS\n### END SOLUTION",
            "the open region is SOLUTION",
        ),
        ("# BEGIN SOLUTION and END HIDDEN TESTS", "two markers"),
    ],
)
def test_markers_that_do_not_pair_up_raise_naming_the_marker(source, marker):
    for parse in (
        regions.split,
        regions.without_markers,
        regions.strip_hidden_tests,
        regions.solution_text,
        lambda s: regions.inside(s, HIDDEN_TESTS),
        lambda s: regions.remove(s, HIDDEN_TESTS),
    ):
        with pytest.raises(ValueError, match=marker):
            parse(source)


def test_an_unclosed_region_hides_nothing_silently():
    """The old parsers hid every line after an unclosed BEGIN; the error says where it is."""
    with pytest.raises(ValueError, match=r"^line 2: "):
        regions.strip_hidden_tests("a\n    ### BEGIN HIDDEN TESTS\nsecret(b)")


@pytest.mark.parametrize("source", [ANSWER, TEST, "no markers\n", TEST + "\n" + TEST])
def test_removing_hidden_tests_leaves_what_nbgraders_release_leaves(source):
    cell = nbformat.v4.new_code_cell(source)
    ClearHiddenTests()._remove_hidden_test_region(cell)
    assert regions.remove(source, HIDDEN_TESTS) == cell.source


@pytest.mark.parametrize(
    ("source", "clear"),
    [
        ("### BEGIN SOLUTION\nx = 1", ClearSolutions()._replace_solution_region),
        ("### BEGIN HIDDEN TESTS\nx = 1", ClearHiddenTests()._remove_hidden_test_region),
    ],
)
def test_nbgrader_refuses_an_unclosed_region_too(source, clear):
    with pytest.raises(RuntimeError):
        clear(nbformat.v4.new_code_cell(source), *(["python"] if "SOLUTION" in source else []))
    with pytest.raises(ValueError, match="has no"):
        regions.split(source)
