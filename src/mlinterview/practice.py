"""Practice questions: the catalog, the instructor's switches, and the learner's progress file.

A practice set is an nbgrader assignment whose source folder holds one notebook per question
(``source/practice-ml-algorithms/pca.ipynb``). Each question notebook describes itself in its
metadata, ``"mlinterview": {"question": {...}}``: difficulty, tags, task kind, time budget, its
three hints and its follow-ups' model answers. Generation (``course.generate_release``) strips
the hints and model answers from release/, so a learner reads them only through
``checks.hint`` and ``mlinterview solution``.

What a learner did is kept in ``progress/<student>/`` at the course root, not in a notebook: a
learner who clears outputs or restarts the kernel loses none of it.

- ``hints.json``: hints shown, by question (each costs ``Practice.hint_cost`` of its points);
- ``timing.json``: when the answer cell first ran and when its visible checks first passed;
- ``attempts.jsonl``: one line per grading of a question (``mlinterview.history``).

Instructors set, in ``nbgrader_config.py``: ``c.Practice.hint_cost = 0.1`` (share of a
question's points per hint; 0 makes hints free), ``c.Practice.hints = True`` and
``c.Practice.solutions = True`` (False turns hints or reference solutions off for a class).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

PRACTICE_PREFIX = "practice-"
#: Environment variable naming the learner in a kernel (self-study: the default student).
STUDENT_ENV = "MLINTERVIEW_STUDENT"
DEFAULT_STUDENT = "learner"
KINDS = {1: "from scratch", 2: "end-to-end piece", 3: "ML operation"}
DIFFICULTIES = ("easy", "medium", "hard")
#: Keys of a question's metadata that stay in source/ (generation removes them from release/).
SOURCE_ONLY = ("hints", "follow_ups")


@dataclass(frozen=True)
class Question:
    set: str
    name: str
    difficulty: str
    tags: tuple[str, ...]
    kind: int
    budget_minutes: int
    hints: tuple[str, ...] = ()
    follow_ups: tuple[dict[str, str], ...] = field(default=(), compare=False)

    @property
    def key(self) -> str:
        return f"{self.set}/{self.name}"

    @property
    def kind_name(self) -> str:
        return KINDS.get(self.kind, str(self.kind))


@dataclass(frozen=True)
class Settings:
    hint_cost: float = 0.1
    hints: bool = True
    solutions: bool = True


def is_practice_set(assignment: str) -> bool:
    return assignment.startswith(PRACTICE_PREFIX)


def question_metadata(notebook: Any) -> dict[str, Any] | None:
    """The ``mlinterview.question`` metadata of a notebook, or None for a lesson notebook."""
    return notebook.get("metadata", {}).get("mlinterview", {}).get("question")


def read_question(path: Path) -> Question:
    meta = question_metadata(nbformat.read(path, as_version=4)) or {}
    return Question(
        set=meta.get("set", path.parent.name),
        name=meta.get("name", path.stem),
        difficulty=meta.get("difficulty", "medium"),
        tags=tuple(meta.get("tags", ())),
        kind=int(meta.get("kind", 1)),
        budget_minutes=int(meta.get("budget_minutes", 30)),
        hints=tuple(meta.get("hints", ())),
        follow_ups=tuple(meta.get("follow_ups", ())),
    )


def questions(root: Path) -> list[Question]:
    """Every practice question of the course, set by set, in file-name order."""
    found = []
    for folder in sorted((root / "source").glob(f"{PRACTICE_PREFIX}*")):
        found += [read_question(path) for path in sorted(folder.glob("*.ipynb"))]
    return found


def find_question(root: Path, name: str, practice_set: str | None = None) -> Question:
    from mlinterview.course import CourseError

    matches = [q for q in questions(root) if q.name == name and practice_set in (None, q.set)]
    if not matches:
        known = ", ".join(q.name for q in questions(root)) or "none yet"
        raise CourseError(f"No practice question {name!r}; questions: {known}.")
    return matches[0]


def settings(root: Path) -> Settings:
    """The instructor's switches from nbgrader_config.py (``c.Practice...``)."""
    from mlinterview.course import load_config

    practice = load_config(root).get("Practice", {})
    return Settings(
        hint_cost=float(practice.get("hint_cost", Settings.hint_cost)),
        hints=bool(practice.get("hints", Settings.hints)),
        solutions=bool(practice.get("solutions", Settings.solutions)),
    )


def strip_source_only(notebook: Any) -> bool:
    """Remove the hints and model answers from a question notebook (for release/); return
    whether there was anything to remove."""
    meta = question_metadata(notebook)
    if not meta:
        return False
    removed = False
    for key in SOURCE_ONLY:
        removed |= meta.pop(key, None) is not None
    return removed


# --- The learner's progress file -----------------------------------------------------------


def progress_dir(root: Path, student: str) -> Path:
    return root / "progress" / student


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write atomically: a kernel, the command line and JupyterLab's server may touch the file
    at the same time (the learner's progress files, a mock's record)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as tmp:
        json.dump(data, tmp, indent=2, sort_keys=True)
        tmp.write("\n")
    os.chmod(tmp.name, 0o644)  # a temporary file is private; these are the learner's files
    os.replace(tmp.name, path)


def hints_used(root: Path, student: str, question: Question) -> int:
    return int(_read_json(progress_dir(root, student) / "hints.json").get(question.key, 0))


def next_hint(root: Path, student: str, question: Question) -> tuple[int, str] | None:
    """Record and return the next hint ``(number, text)``; None once all were shown."""
    path = progress_dir(root, student) / "hints.json"
    used = _read_json(path)
    count = int(used.get(question.key, 0))
    if count >= len(question.hints):
        return None
    used[question.key] = count + 1
    write_json(path, used)
    return count + 1, question.hints[count]


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def record_time(root: Path, student: str, question_key: str, event: str) -> None:
    """Record the first time of ``event`` ("started": the answer cell first ran; "passed": the
    visible checks first passed) for a question; later ones keep the first."""
    path = progress_dir(root, student) / "timing.json"
    timing = _read_json(path)
    entry = timing.setdefault(question_key, {})
    if event in entry:
        return
    entry[event] = now()
    write_json(path, timing)


def time_taken_minutes(root: Path, student: str, question: Question) -> float | None:
    """Minutes from the answer cell's first run to the first pass of the visible checks."""
    entry = _read_json(progress_dir(root, student) / "timing.json").get(question.key, {})
    if "started" not in entry or "passed" not in entry:
        return None
    start = dt.datetime.fromisoformat(entry["started"])
    end = dt.datetime.fromisoformat(entry["passed"])
    return max(0.0, (end - start).total_seconds() / 60)


def hint_penalty(points: float, hints: int, cost: float) -> float:
    """Points a question loses for ``hints`` hints: each costs ``cost`` of its points, and
    never more than the points it has."""
    return min(points, round(points * cost * hints, 2))
