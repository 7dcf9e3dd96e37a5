"""The release gate: release/ is exactly what nbgrader makes from source/, and leaks nothing."""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from course_harness import ASSIGNMENTS, REPO, notebook_keys, read_notebook, unsealed_release

from mlinterview import regions
from mlinterview.course import generate_release, lessons

LESSONS = lessons(REPO)
#: Every notebook as ``assignment/notebook`` (a practice set has one per question).
NOTEBOOKS = notebook_keys()


def test_every_catalog_lesson_exists():
    assert set(ASSIGNMENTS) <= set(LESSONS)


@pytest.mark.parametrize("lesson", LESSONS)
def test_release_is_what_generation_makes(tmp_path, lesson):
    shutil.copy2(REPO / "nbgrader_config.py", tmp_path)
    shutil.copytree(REPO / "source", tmp_path / "source")
    generate_release(tmp_path, lesson)
    fresh = sorted(
        p.relative_to(tmp_path / "release")
        for p in (tmp_path / "release").rglob("*")
        if p.is_file()
    )
    committed = sorted(
        p.relative_to(REPO / "release")
        for p in (REPO / "release" / lesson).rglob("*")
        if p.is_file()
    )
    assert fresh == committed, "release/ has other files than generation makes: run `make release`"
    for relative in fresh:
        assert (tmp_path / "release" / relative).read_bytes() == (
            REPO / "release" / relative
        ).read_bytes(), (
            f"release/{relative} is out of date with source/: run `make release` and commit it"
        )


def _hidden_lines(notebook) -> set[str]:
    """Lines that exist only inside solution or hidden-test regions of the source."""
    inside, outside = set(), set()
    for cell in notebook.cells:
        inside |= {line.strip() for line in regions.inside(cell.source, *regions.KINDS)}
        kept = regions.remove(cell.source, *regions.KINDS)
        outside |= {line.strip() for line in kept.splitlines()}
    return {line for line in inside - outside if len(line) > 3}


@pytest.mark.parametrize("lesson", NOTEBOOKS)
def test_release_has_no_solution_or_hidden_test(lesson):
    source = read_notebook(REPO / "source", lesson)
    release_text = (unsealed_release() / f"{lesson}.ipynb").read_text()
    release = read_notebook(REPO / "release", lesson)
    release_lines = {line.strip() for cell in release.cells for line in cell.source.splitlines()}
    secret = _hidden_lines(source)
    assert secret, "no solution or hidden-test lines found in source/"
    leaked = sorted(secret & release_lines)
    assert not leaked, f"release/{lesson} contains solution or hidden-test lines: {leaked[:5]}"
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
        assert marker not in release_text
    assert all(not cell.get("outputs") for cell in release.cells if cell.cell_type == "code")


def _validate(*args: str) -> str:
    """nbgrader validate's log and verdicts as one text, in the order it wrote them."""
    result = subprocess.run(
        [sys.executable, "-m", "nbgrader", "validate", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=900,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    return result.stdout


@functools.cache
def _validated(folder: str) -> dict[str, str]:
    """``lesson -> what nbgrader validate said of it`` for every lesson of source/ (as it is) or
    release/ (``--invert``): one nbgrader start for all of them."""
    base = unsealed_release() if folder == "release" else REPO / folder
    paths = [str(base / f"{key}.ipynb") for key in NOTEBOOKS]
    output = _validate(*(["--invert"] if folder == "release" else []), *paths)
    parts = re.split(r"Validating '([^']+)'", output)
    said = {
        f"{Path(parts[i]).parent.name}/{Path(parts[i]).stem}": parts[i + 1]
        for i in range(1, len(parts), 2)
    }
    assert set(said) == set(NOTEBOOKS), output
    return said


@pytest.mark.course
@pytest.mark.parametrize("lesson", NOTEBOOKS)
def test_nbgrader_validate_passes_on_source(lesson):
    output = _validated("source")[lesson]
    assert "Success! Your notebook passes all the tests." in output, output


@pytest.mark.course
@pytest.mark.parametrize("lesson", NOTEBOOKS)
def test_nbgrader_validate_invert_fails_every_graded_cell_on_release(lesson):
    output = _validated("release")[lesson]
    assert "Success! The notebook does not pass any tests." in output, output
