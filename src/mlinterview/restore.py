"""Put the original test cells back into a learner's own copy of a lesson.

Grading always runs the original test cells (nbgrader restores those a submission deleted or
changed), but the learner's notebook keeps its gap: the next time they run it, a check is
missing or is theirs, not the course's. ``restore_cells`` copies each missing or changed test
cell from release/ back into notebooks/, at its original place, and touches no other cell, so
every answer stays as written. A backup of the notebook is written first.
"""

from __future__ import annotations

import copy
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from mlinterview.course import CourseError, check_lesson
from mlinterview.inspection import first_line, read_valid_notebook


@dataclass
class Restored:
    """What ``restore_cells`` did to one notebook."""

    notebook: Path
    deleted: list[str] = field(default_factory=list)  # test cells put back where they were
    changed: list[str] = field(default_factory=list)  # test cells replaced by the original
    backup: Path | None = None  # None: nothing to do, the notebook was not written


def _nbgrader(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def _is_test_cell(cell) -> bool:
    meta = _nbgrader(cell)
    return bool(meta.get("grade")) and not meta.get("solution") and bool(meta.get("grade_id"))


def _same(cell, original) -> bool:
    """A test cell as released: same kind, same code, same nbgrader metadata (points, lock)."""
    return (
        cell.get("cell_type") == original.cell_type
        and cell.get("source", "").strip() == original.source.strip()
        and _nbgrader(cell) == _nbgrader(original)
    )


def _key(cell) -> tuple[str, str] | None:
    """How a released cell is recognised in the learner's copy: its grade id, else its cell id
    (Jupyter keeps both when a learner edits around them)."""
    if _nbgrader(cell).get("grade_id"):
        return ("grade_id", _nbgrader(cell)["grade_id"])
    return ("id", cell["id"]) if cell.get("id") else None


def _read(path: Path, what: str) -> nbformat.NotebookNode:
    try:
        return read_valid_notebook(path)
    except Exception as error:  # invalid JSON, not a notebook, a broken schema
        raise CourseError(
            f"{path} is not a notebook that can be read ({first_line(error)}), so {what}. "
            "Nothing was changed."
        ) from error


def restore_notebook(original_path: Path, path: Path) -> Restored:
    """Put each test cell of ``original_path`` that ``path`` lacks or changed back in ``path``.

    A changed test cell is replaced where it is; a deleted one goes back after the nearest
    cell above it in the original that the learner still has, and after the learner's own
    cells just below that one. Every other cell of ``path`` stays as it is. ``path`` is backed
    up before it is written.
    """
    result = Restored(path)
    if not path.is_file():
        raise CourseError(
            f"{path} does not exist: `mlinterview setup` copies a fresh one from release/."
        )
    original = _read(original_path, "the original test cells are unknown")
    notebook = _read(path, "its test cells cannot be put back")
    ids = {cell.get("id") for cell in notebook.cells}
    released = {_key(cell) for cell in original.cells} - {None}

    def fresh(cell):
        cell = copy.deepcopy(cell)
        if cell.get("id") in ids:  # a learner's cell took its id: ids must stay unique
            cell["id"] = uuid.uuid4().hex[:8]
        ids.add(cell.get("id"))
        return cell

    def position(key) -> int | None:
        return next((i for i, c in enumerate(notebook.cells) if _key(c) == key), None)

    for index, cell in enumerate(original.cells):
        if not _is_test_cell(cell):
            continue
        grade_id = _nbgrader(cell)["grade_id"]
        found = position(("grade_id", grade_id))
        if found is not None:
            if not _same(notebook.cells[found], cell):
                ids.discard(notebook.cells[found].get("id"))
                notebook.cells[found] = fresh(cell)
                result.changed.append(grade_id)
            continue
        # Deleted: after the nearest earlier original cell the learner still has, and after
        # the learner's own cells that follow it (scratch work stays beside its answer).
        at = 0
        for earlier in reversed(original.cells[:index]):
            anchor = position(_key(earlier)) if _key(earlier) else None
            if anchor is not None:
                at = anchor + 1
                break
        while at < len(notebook.cells) and _key(notebook.cells[at]) not in released:
            at += 1
        notebook.cells.insert(at, fresh(cell))
        result.deleted.append(grade_id)
    if result.deleted or result.changed:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        result.backup = path.with_name(f"{path.name}.bak-{stamp}")
        shutil.copy2(path, result.backup)
        nbformat.write(notebook, path)
    return result


def restore_cells(root: Path, lesson: str) -> list[Restored]:
    """Put the original test cells of each notebook of release/LESSON back into the learner's
    copy in notebooks/LESSON (see ``restore_notebook``)."""
    check_lesson(root, lesson)
    originals = sorted((root / "release" / lesson).glob("*.ipynb"))
    if not originals:
        raise CourseError(f"release/{lesson} holds no notebook: run `mlinterview release` first.")
    return [
        restore_notebook(original, root / "notebooks" / lesson / original.name)
        for original in originals
    ]
