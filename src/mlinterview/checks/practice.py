"""A practice question's checks in the notebook: the hint ladder, and the visible checks' pass.

``hint("pca")`` shows the next of the question's three hints and records it in the learner's
progress file (``mlinterview.practice``), where clearing outputs or restarting the kernel does
not lose it; each hint costs a share of the question's points when it is graded.
``passed("pca")`` ends the visible part of a question's first test cell: it says so, and the
first time it records when (the time taken is from the answer cell's first run to this).
Nothing is recorded in a grading kernel.

In a mock interview's stage (a kernel started in a folder holding the mock's record,
``mlinterview.mock``) the same calls serve the round: ``passed`` records the stage's first pass
and reveals the next stage, ``hint`` shows the stage's hints, recorded in the round's time line.
"""

from __future__ import annotations

import os
from pathlib import Path

from mlinterview.checks.learner_mode import grading


def _student() -> str:
    from mlinterview.practice import DEFAULT_STUDENT, STUDENT_ENV

    return os.environ.get(STUDENT_ENV) or DEFAULT_STUDENT


def _course_and_question(question: str):
    from mlinterview.course import find_course_root
    from mlinterview.practice import find_question

    root = find_course_root()
    return root, find_question(root, question)


def _mock_folder() -> Path | None:
    """The mock interview this kernel works in (JupyterLab starts a kernel in its notebook's
    folder), or None."""
    from mlinterview.mock import RECORD_FILE

    folder = Path.cwd()
    return folder if (folder / RECORD_FILE).is_file() else None


def _failed_test_cells(folder: Path, name: str) -> list[str]:
    """The stage's visible test cells (other than the one calling ``passed``) that failed at
    their last run in this kernel: with Run All, a failed cell does not stop the last one."""
    import nbformat

    from mlinterview.checks.learner_mode import failed_cells
    from mlinterview.mock import read_record, stage_file

    record = read_record(folder)
    if record is None or name not in record.stages:
        return []
    try:
        notebook = nbformat.read(folder / stage_file(record.stages.index(name) + 1), 4)
    except Exception:  # noqa: BLE001 (unreadable: the kernel's own view decides nothing)
        return []
    tests = {
        cell.source: cell.metadata.nbgrader.get("grade_id", "")
        for cell in notebook.cells
        if cell.metadata.get("nbgrader", {}).get("grade")
        and not cell.metadata.nbgrader.get("solution")
        and "checks.passed(" not in cell.source
    }
    return [tests[source] for source in failed_cells(list(tests))]


def _mock_passed(folder: Path, name: str) -> None:
    from mlinterview.mock import note_passed, stage_file

    failed = _failed_test_cells(folder, name)
    if failed:
        print(
            f"These checks of `{name}` pass, but {', '.join(f'`{g}`' for g in failed)} failed "
            "above: the next stage opens once all of this stage's visible checks pass (run "
            "them again after your fix), or move on with `mlinterview mock next`."
        )
        return
    record, revealed = note_passed(folder, name)
    if revealed:
        print(
            f"Visible checks passed for `{name}`. Stage {revealed} is ready: "
            f"{stage_file(revealed)} (JupyterLab opens it for you)."
        )
    elif record.submitted_at is not None:
        print(f"Visible checks passed for `{name}` (the mock was submitted already).")
    else:
        print(f"Visible checks passed for `{name}`.")


def passed(question: str) -> None:
    """Say that the visible checks of ``question`` passed (and record the first time); in a
    mock interview's stage, reveal the next stage."""
    if grading():
        print(f"Visible checks passed for `{question}`.")
        return
    folder = _mock_folder()
    if folder is not None:
        from mlinterview.mock import loading

        if not loading():
            _mock_passed(folder, question)
        return
    print(f"Visible checks passed for `{question}`. Grade the question to run the hidden tests.")
    try:
        from mlinterview.practice import record_time

        root, found = _course_and_question(question)
        record_time(root, _student(), found.key, "passed")
    except Exception:  # noqa: BLE001 (a lesson copy outside the course: nothing to record)
        pass


def hint(question: str) -> None:
    """Show the next hint of ``question`` and record that it was shown (not while grading: a
    ``checks.hint`` left in the notebook must not cost a second hint when it is graded)."""
    if grading():
        return
    from IPython.display import Markdown, display

    from mlinterview.practice import next_hint, settings

    folder = _mock_folder()
    if folder is not None:
        from mlinterview.mock import loading

        if not loading():
            _mock_hint(folder, question)
        return

    root, found = _course_and_question(question)
    chosen = settings(root)
    if not chosen.hints:
        display(Markdown(f"Hints are turned off for this course: `{question}` is yours alone."))
        return
    shown = next_hint(root, _student(), found)
    total = len(found.hints)
    if shown is None:
        display(Markdown(f"No more hints for `{question}`: you have seen all {total}."))
        return
    number, text = shown
    cost = (
        f"each hint costs {chosen.hint_cost:.0%} of this question's points"
        if chosen.hint_cost
        else "hints are free here"
    )
    display(Markdown(f"**Hint {number} of {total}** ({cost}): {text}"))


def _notebook_question() -> tuple[Path, str] | None:
    """The practice question this kernel's notebook is (JupyterLab names the notebook in the
    kernel's environment), or None."""
    session = os.environ.get("JPY_SESSION_NAME", "")
    path = Path(session)
    if path.suffix == ".ipynb" and path.parent.name.startswith("practice-"):
        return path, path.stem
    return None


def note_answer_ran(result) -> None:
    """IPython hook (``post_run_cell``): the first run of a practice question's answer cell
    starts its clock (``timing.json``)."""
    found = _notebook_question()
    if found is None or result is None or grading():
        return
    _, name = found
    source = getattr(getattr(result, "info", None), "raw_cell", "") or ""
    if f"def {name}(" not in source and f"class {name}" not in source:
        return
    try:
        from mlinterview.practice import record_time

        root, question = _course_and_question(name)
        record_time(root, _student(), question.key, "started")
    except Exception:  # noqa: BLE001 (outside the course: nothing to record)
        pass


def _mock_hint(folder: Path, name: str) -> None:
    from IPython.display import Markdown, display

    from mlinterview.course import CourseError, find_course_root
    from mlinterview.mock import next_hint
    from mlinterview.practice import Settings, settings

    try:
        chosen = settings(find_course_root(folder))
    except CourseError:  # a class's fetched folder: the course's defaults
        chosen = Settings()
    if not chosen.hints:
        display(Markdown(f"Hints are turned off for this course: `{name}` is yours alone."))
        return
    shown = next_hint(folder, name)
    if shown is None:
        display(Markdown(f"No more hints for `{name}`."))
        return
    number, total, text = shown
    cost = (
        f"each costs {chosen.hint_cost:.0%} of this stage's points" if chosen.hint_cost else "free"
    )
    display(Markdown(f"**Hint {number} of {total}** ({cost}): {text}"))
