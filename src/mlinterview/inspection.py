"""Inspection (after submit): compare a submission with source/ before it is graded.

Finds what nbgrader cannot grade (a file that is not a notebook) and what autograding will
restore from source/ (deleted or edited test cells), which costs the learner nothing but is
worth telling them and the instructor.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import nbformat

from mlinterview import regions
from mlinterview.mock import is_mock


def read_valid_notebook(path: Path) -> nbformat.NotebookNode:
    """A notebook read and validated as nbgrader will read it (cells without ids get them,
    silently); raises what nbformat raises for invalid JSON, another document or a broken
    schema."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cells without ids: nbformat adds them
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
    return notebook


def first_line(error: BaseException) -> str:
    """An exception's first line (at most 300 characters), or its type's name."""
    text = str(error).strip()
    return text.splitlines()[0][:300] if text else type(error).__name__


def inspect_submission(root: Path, lesson: str, student: str) -> tuple[str, list[str]]:
    """``(problem, notes)`` for a submitted lesson, compared with source/.

    A problem means nbgrader cannot grade it (not a notebook, invalid JSON); notes say what
    autograding will restore from source/ (deleted or edited test cells), which costs nothing
    but is worth telling the learner and the instructor.
    """
    folder = root / "submitted" / student / lesson
    notes: list[str] = []
    for source_path in sorted((root / "source" / lesson).glob("*.ipynb")):
        path = folder / source_path.name
        if not path.exists():
            missing = "was not reached in the round" if is_mock(lesson) else "was not submitted"
            notes.append(f"{source_path.name} {missing}: its points are 0.")
            continue
        try:
            notebook = read_valid_notebook(path)
        except Exception as error:  # invalid JSON, not a notebook, a broken schema
            return (f"{path.name} is not a notebook nbgrader can read ({first_line(error)}).", [])
        if not notebook.cells:
            notes.append(f"{path.name} has no cells: every answer is missing.")
            continue
        submitted = {
            c.metadata["nbgrader"]["grade_id"]: c
            for c in notebook.cells
            if c.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        }
        source = nbformat.read(source_path, as_version=4)
        for cell in source.cells:
            meta = cell.metadata.get("nbgrader", {})
            grade_id = meta.get("grade_id")
            if not grade_id or not (meta.get("grade") or meta.get("solution")):
                continue
            if meta.get("solution") and grade_id not in submitted:
                notes.append(f"answer cell {grade_id} was deleted (or its metadata changed).")
            elif meta.get("solution"):
                continue  # answers are the learner's
            elif grade_id not in submitted:
                notes.append(f"You deleted the test cell `{grade_id}`; {PUT_BACK}")
            elif _edited(submitted[grade_id].source, cell.source):
                notes.append(f"You changed the test cell `{grade_id}`; {PUT_BACK}")
    if any(PUT_BACK in note for note in notes):
        notes.append(restore_hint(lesson))
    return "", notes


#: What grading did about a deleted or changed test cell, in the learner's words.
PUT_BACK = "the original was put back for grading."


def restore_hint(lesson: str) -> str:
    """How a learner gets the original test cells back into their own notebook: grading used the
    originals, but their copy still lacks them, so the next check they run there is not ours."""
    return (
        f"To put the original test cells back in your notebook (your answers are kept, and a "
        f"backup is made first), run `mlinterview restore-cells {lesson}`."
    )


def _visible(source: str) -> str:
    """A test cell as the learner's copy shows it: nbgrader's release removes the hidden tests."""
    return regions.remove(source, regions.HIDDEN_TESTS).strip()


def _edited(submitted: str, source: str) -> bool:
    expected = _visible(source)  # well formed: nbgrader generated the lesson from it
    try:
        return _visible(submitted) != expected
    except ValueError:  # markers that do not pair up: only an edit can make them
        return True
