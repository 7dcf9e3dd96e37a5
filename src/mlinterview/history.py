"""History (after record): every grading of a practice question, kept.

nbgrader keeps a student's latest submission only; practice needs every attempt (what was
failed and when, for spaced repetition; the best score; the time taken). Each grading of a
question appends one line to ``progress/<student>/attempts.jsonl``:

    {"set": "practice-ml-algorithms", "question": "pca", "graded_at": "2026-12-04T21:00:00+00:00",
     "score": 5.4, "max_score": 7.0, "hint_penalty": 0.6, "hints": 1, "passed": false,
     "dimensions": {"algorithms": [3.0, 3.0], ...}, "time_taken_minutes": 12.5}

``score`` is after the hint penalty; ``passed`` is whether every autograded check passed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mlinterview.practice import now, progress_dir

ATTEMPTS = "attempts.jsonl"


@dataclass
class Attempt:
    set: str
    question: str
    graded_at: str
    score: float
    max_score: float
    passed: bool
    hints: int = 0
    hint_penalty: float = 0.0
    dimensions: dict[str, list[float]] = field(default_factory=dict)
    time_taken_minutes: float | None = None

    @property
    def key(self) -> str:
        return f"{self.set}/{self.question}"

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0


def attempts_file(root: Path, student: str) -> Path:
    return progress_dir(root, student) / ATTEMPTS


def record_attempt(root: Path, student: str, attempt: Attempt) -> None:
    """Append one attempt (one line: a crash mid-write loses at most that line)."""
    path = attempts_file(root, student)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not attempt.graded_at:
        attempt.graded_at = now()
    with path.open("a") as handle:
        handle.write(json.dumps(asdict(attempt), sort_keys=True) + "\n")


def read_attempts(root: Path, student: str) -> list[Attempt]:
    """Every recorded attempt, oldest first; a damaged line is skipped, never fatal."""
    path = attempts_file(root, student)
    if not path.is_file():
        return []
    found = []
    for line in path.read_text().splitlines():
        try:
            found.append(Attempt(**json.loads(line)))
        except (json.JSONDecodeError, TypeError):
            continue
    return found
