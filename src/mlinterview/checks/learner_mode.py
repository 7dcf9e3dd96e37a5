"""How checks answer while a learner works: guide, do not halt.

In a learner's kernel (JupyterLab), importing ``mlinterview.checks`` installs two IPython hooks:

- an exercise not attempted yet (the stub's ``NotImplementedError``, or the checks'
  ``NotAttempted``) prints one friendly line and the cell counts as run, so Run All goes on to
  the end of the lesson instead of stopping at the first exercise;
- a failed check shows its message, and where the learner's own code raised, without the
  frames of the course's checks;
- a missing package (``MissingDependency``: PyTorch for lesson 05) shows what to install.

A grading kernel is started with ``MLINTERVIEW_GRADING=1`` in its environment
(``mlinterview.grading_kernel``); there nothing is installed and every check fails its cell as
nbgrader expects. A learner who removes that variable gains nothing: the not-attempted line
carries a mark in its output metadata, and the grader turns any output with that mark back into
a failure (``grading_kernel.GuardedExecute``).
"""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path
from typing import Any

from mlinterview.checks.failures import (
    CheckFailure,
    MissingDependency,
    NotAttempted,
    _not_attempted,
)

#: Set to "1" in the environment of every kernel that grades.
GRADING_ENV = "MLINTERVIEW_GRADING"
#: Output-metadata key of the not-attempted line (what the grader looks for).
NOT_ATTEMPTED_MARK = "mlinterview_not_attempted"

#: Code that is not the learner's: the course's package, and Python's and the libraries'
#: (IPython's frames run every cell).
_NOT_LEARNERS = tuple(
    {str(Path(__file__).resolve().parents[1]), sys.prefix, sys.base_prefix, sys.exec_prefix}
)
_RED, _BOLD, _RESET = "\x1b[31m", "\x1b[1m", "\x1b[0m"


def grading() -> bool:
    """Whether this process is a grading kernel."""
    return os.environ.get(GRADING_ENV) == "1"


def install(shell: Any = None) -> bool:
    """Install the learner's hooks in ``shell`` (the running IPython); return whether they are
    installed. Does nothing in a grading kernel or outside IPython."""
    if grading():
        return False
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    shell.set_custom_exc((CheckFailure, NotImplementedError, MissingDependency), _show)
    from mlinterview.checks.practice import note_answer_ran

    for hook in (_note_outcome, _count_as_run, note_answer_ran):
        if hook not in shell.events.callbacks["post_run_cell"]:
            shell.events.register("post_run_cell", hook)
    return True


def is_not_attempted(error: BaseException | None) -> bool:
    return isinstance(error, NotAttempted) or type(error) is NotImplementedError


def not_attempted_text(error: BaseException) -> str:
    """One line for an exercise not attempted yet."""
    if isinstance(error, NotAttempted):
        return str(error)
    name = _raising_function(error.__traceback__)
    if name is None:
        return (
            "Not attempted yet: this cell still has `raise NotImplementedError()`. Replace it "
            "with your answer and run the cell again."
        )
    return str(_not_attempted(name))


def _show(shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: Any = None) -> None:
    """IPython's handler for the course's exceptions (see ``install``)."""
    if is_not_attempted(value):
        text = not_attempted_text(value)
        bundle = {"text/plain": text, "text/markdown": text}
        shell.display_pub.publish(data=bundle, metadata={NOT_ATTEMPTED_MARK: True})
        return
    if isinstance(value, MissingDependency):  # what to install, not a traceback
        shell._showtraceback(etype, value, [f"{_RED}{_BOLD}Missing package{_RESET}: {value}"])
        return
    lines = [f"{_RED}{_BOLD}Check failed{_RESET}: {value}"]
    cause = value.__cause__
    learner_tb = _learner_frames(cause.__traceback__) if cause is not None else None
    if learner_tb is not None:
        lines.append("\nWhere your code raised it:")
        lines += shell.InteractiveTB.structured_traceback(type(cause), cause, learner_tb)
    shell._showtraceback(etype, value, lines)


#: The last outcome of each cell run in this kernel, by its source (test cells are locked, so
#: their source names them): True when it raised nothing, not-attempted lines included.
_outcomes: dict[str, bool] = {}


def _note_outcome(result: Any) -> None:
    """Remember whether a cell passed, for ``failed_cells`` (before ``_count_as_run`` turns a
    not-attempted exercise into a run cell)."""
    source = getattr(getattr(result, "info", None), "raw_cell", None)
    if source is not None:
        _outcomes[source] = result.error_in_exec is None


def failed_cells(sources: list[str]) -> list[str]:
    """Those of ``sources`` whose last run in this kernel raised (never run: not included)."""
    return [source for source in sources if _outcomes.get(source) is False]


def _count_as_run(result: Any) -> None:
    """An exercise not attempted yet is not an error of the cell: Run All goes on."""
    if result is not None and is_not_attempted(result.error_in_exec):
        result.error_in_exec = None


def _learner_frames(tb: types.TracebackType | None) -> types.TracebackType | None:
    """The traceback without the frames of the course's own code (the checks calling the
    learner's function), or None if nothing is left."""
    kept: list[types.TracebackType] = []
    while tb is not None:
        if _is_learners(tb.tb_frame.f_code.co_filename):
            kept.append(tb)
        tb = tb.tb_next
    rebuilt = None
    for frame_tb in reversed(kept):
        rebuilt = types.TracebackType(
            rebuilt, frame_tb.tb_frame, frame_tb.tb_lasti, frame_tb.tb_lineno
        )
    return rebuilt


def _is_learners(filename: str) -> bool:
    return not filename.startswith(_NOT_LEARNERS)


def _raising_function(tb: types.TracebackType | None) -> str | None:
    """The name of the learner's function that raised (the deepest frame outside the course)."""
    name = None
    while tb is not None:
        code = tb.tb_frame.f_code
        if _is_learners(code.co_filename) and code.co_name != "<module>":
            name = code.co_qualname
        tb = tb.tb_next
    return name
