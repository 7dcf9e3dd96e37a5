"""Validate that reads: nbgrader's Validate (the notebook toolbar's button, and
``nbgrader validate``) starts with one line per exercise, then nbgrader's details.

nbgrader's validator answers with every failed test cell's source and traceback, about 15 KB
for a lesson just begun. ``SummaryValidator`` puts first what the learner needs::

    1 of 4 exercises pass their visible checks, 2 are not attempted, 1 fails:
      passes         standardize
      fails          pairwise_sq_distances: `pairwise_sq_distances` returned shape (5, 4) ...
      not attempted  softmax
      not attempted  one_hot

nbgrader has no setting for the validator's class: the command (``nbgrader.apps.validateapp``)
and the button's server extension (``...validate_assignment.handlers``) each create nbgrader's
``Validator`` by name, after reading ``nbgrader_config.py``. That file calls
``use_summary_validator``, which puts ``SummaryValidator`` in its place in both modules.
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass

from nbgrader import utils
from nbgrader.validator import Validator

from mlinterview.rubric import answer_ids, exercise_of

PASSES = "passes"
NOT_ATTEMPTED = "not attempted"
FAILS = "fails"

#: Exceptions that mean "the stub is still there" (the checks' own, and the stub's).
_STUB_ERRORS = ("NotAttempted", "NotImplementedError")
#: Where nbgrader creates its ``Validator``: the command and the Validate button's handler.
VALIDATOR_USERS = (
    "nbgrader.apps.validateapp",
    "nbgrader.server_extensions.validate_assignment.handlers",
)
DETAILS_FOLLOW = "Each cell that failed follows, with its error."


@dataclass
class ExerciseStatus:
    name: str
    status: str  # PASSES, NOT_ATTEMPTED or FAILS
    message: str = ""  # the first failure's one-line message (FAILS)


def _first_error(cell) -> tuple[str, str] | None:
    """``(exception name, its first line)`` of a cell's first error, or of what it wrote to
    stderr (nbgrader scores that as a failure too); None when it has neither."""
    found = None
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            lines = str(output.get("evalue", "")).strip().splitlines()
            return output.get("ename", ""), (lines[0] if lines else "")[:200]
        if (
            found is None
            and output.get("output_type") == "stream"
            and output.get("name") == "stderr"
        ):
            lines = output.get("text", "").strip().splitlines()
            found = ("stderr", "wrote to stderr: " + (lines[0] if lines else "")[:180])
    return found


def _one_line(ename: str, message: str) -> str:
    if ename in ("CheckFailure", "NotAttempted", "stderr") or not ename:
        return message
    return f"{ename}: {message}" if message else ename


def exercise_statuses(nb) -> list[ExerciseStatus]:
    """Each exercise of an executed notebook, in order: whether its test cells passed."""
    answers = answer_ids(nb)
    answer_cells, tests = {}, {name: [] for name in answers}
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        grade_id = meta.get("grade_id", "")
        if grade_id in tests and meta.get("solution"):
            answer_cells[grade_id] = cell
        elif cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            exercise = exercise_of(grade_id, answers)
            if exercise is not None:
                tests[exercise].append(cell)
    statuses = []
    for name in answers:
        if not tests[name]:
            continue  # nothing checks it automatically
        failures = []
        for cell in tests[name]:
            score, max_score = utils.determine_grade(cell)
            if score is not None and (score < max_score or utils.has_failed(cell)):
                failures.append(_first_error(cell) or ("", "passed only some of its checks"))
        crashed = _first_error(answer_cells[name]) if name in answer_cells else None
        if not failures:
            statuses.append(ExerciseStatus(name, PASSES))
        elif crashed is not None and crashed[0] not in _STUB_ERRORS:
            ename, message = crashed
            statuses.append(
                ExerciseStatus(name, FAILS, "its answer cell raised " + _one_line(ename, message))
            )
        elif crashed is not None or all(ename in _STUB_ERRORS for ename, _ in failures):
            statuses.append(ExerciseStatus(name, NOT_ATTEMPTED))
        else:
            ename, message = next(f for f in failures if f[0] not in _STUB_ERRORS)
            statuses.append(ExerciseStatus(name, FAILS, _one_line(ename, message)))
    return statuses


def summary_text(statuses: list[ExerciseStatus]) -> str:
    """The summary: counts, then one line per exercise."""
    counts = {s: sum(x.status == s for x in statuses) for s in (PASSES, NOT_ATTEMPTED, FAILS)}
    total = len(statuses)
    passes = f"{counts[PASSES]} of {total} exercise{'s' * (total != 1)} "
    passes += "passes" if counts[PASSES] == 1 and total == 1 else "pass"
    parts = [passes + " their visible checks"]
    if counts[NOT_ATTEMPTED]:
        n = counts[NOT_ATTEMPTED]
        parts.append(f"{n} {'is' if n == 1 else 'are'} not attempted")
    if counts[FAILS]:
        parts.append(f"{counts[FAILS]} fail{'s' * (counts[FAILS] == 1)}")
    width = max((len(x.status) for x in statuses), default=0) + 2
    lines = [", ".join(parts) + ":"]
    for status in statuses:
        line = f"  {status.status:<{width}}{status.name}"
        lines.append(line + (f": {status.message}" if status.message else ""))
    return "\n".join(lines)


class SummaryValidator(Validator):
    """nbgrader's ``Validator``, whose answer starts with ``summary_text`` when cells failed.

    The Validate button shows only the failed cells of the answer, each under nbgrader's
    heading "The following cell failed:", so there the summary comes as the first of them;
    ``nbgrader validate`` prints it above nbgrader's own text.
    """

    _executed = None
    _printing = False

    def _preprocess(self, nb):
        self._executed = super()._preprocess(nb)
        return self._executed

    def validate(self, filename: str):
        self._executed = None
        results = super().validate(filename)
        if not results.get("failed") or self._executed is None:
            return results
        statuses = exercise_statuses(self._executed)
        if not statuses:
            return results
        summary = summary_text(statuses)
        if self._printing:
            self.stream.write(summary + "\n\n")
        else:
            entry = {"source": summary, "error": html.escape(DETAILS_FOLLOW)}
            results["failed"].insert(0, {**entry, "raw_error": DETAILS_FOLLOW})
        return results

    def validate_and_print(self, filename: str) -> None:
        self._printing = True
        try:
            super().validate_and_print(filename)
        finally:
            self._printing = False


def use_summary_validator() -> None:
    """Make nbgrader's validate command and Validate button use ``SummaryValidator``.

    Called from ``nbgrader_config.py``, which both read before they create their validator;
    modules not imported yet are left alone (they read the configuration later, and swap then).
    """
    for name in VALIDATOR_USERS:
        module = sys.modules.get(name)
        if module is not None and getattr(module, "Validator", None) is Validator:
            module.Validator = SummaryValidator
