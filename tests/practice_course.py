"""A tiny scratch course with practice questions, for the cheap practice tests (no nbgrader
run, no kernel): nbgrader_config.py, source/practice-demo/<question>.ipynb, attempts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import nbformat

from mlinterview.history import Attempt, record_attempt

REPO = Path(__file__).resolve().parents[1]
SET = "practice-demo"
NOW = dt.datetime(2026, 12, 4, 21, 0, tzinfo=dt.UTC)


def question_notebook(
    name: str,
    difficulty: str = "medium",
    dimensions: tuple[str, ...] = ("algorithms",),
    budget: int = 20,
    practice_set: str = SET,
):
    """A question notebook: the prompt, the answer cell (grade id == name) and one test cell
    per rubric dimension."""
    meta = {
        "set": practice_set,
        "name": name,
        "difficulty": difficulty,
        "tags": ["linear-algebra"],
        "kind": 1,
        "budget_minutes": budget,
        "hints": [f"{name} hint 1", f"{name} hint 2", f"{name} hint 3"],
        "follow_ups": [{"question": f"Why {name}?", "answer": f"Because {name}."}],
    }
    prompt = nbformat.v4.new_markdown_cell(f"# {name}\n\nImplement `{name}`.")
    answer = nbformat.v4.new_code_cell(
        f"def {name}(x):\n    ### BEGIN SOLUTION\n    return x + 1  # {name} reference\n"
        "    ### END SOLUTION"
    )
    answer.metadata["nbgrader"] = {
        "grade": False,
        "solution": True,
        "locked": False,
        "grade_id": name,
        "schema_version": 3,
    }
    cells = [prompt, answer]
    for number, dimension in enumerate(dimensions):
        test = nbformat.v4.new_code_cell(f"assert {name}(1) == 2")
        test.metadata["nbgrader"] = {
            "grade": True,
            "solution": False,
            "locked": True,
            "points": 1,
            "grade_id": f"test_{name}_{number}",
            "schema_version": 3,
        }
        test.metadata["mlinterview"] = {"rubric": dimension}
        cells.append(test)
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["mlinterview"] = {"question": meta}
    return notebook


def make_course(root: Path, specs: dict[str, dict] | None = None, config: str = "") -> Path:
    """A course at ``root`` with ``specs`` (name -> question_notebook keywords)."""
    root.mkdir(parents=True, exist_ok=True)
    text = (REPO / "nbgrader_config.py").read_text()
    (root / "nbgrader_config.py").write_text(text + config)
    specs = specs if specs is not None else {"pca": {}}
    for name, keywords in specs.items():
        folder = root / "source" / keywords.get("practice_set", SET)
        folder.mkdir(parents=True, exist_ok=True)
        nbformat.write(question_notebook(name, **keywords), folder / f"{name}.ipynb")
    return root


def attempt(
    name: str,
    when: dt.datetime,
    passed: bool,
    score: float = 1.0,
    max_score: float = 2.0,
    dimensions: dict[str, list[float]] | None = None,
    minutes: float | None = None,
    practice_set: str = SET,
) -> Attempt:
    return Attempt(
        set=practice_set,
        question=name,
        graded_at=when.isoformat(timespec="seconds"),
        score=score,
        max_score=max_score,
        passed=passed,
        dimensions=dimensions or {},
        time_taken_minutes=minutes,
    )


def record(root: Path, *attempts: Attempt, student: str = "learner") -> None:
    for one in attempts:
        record_attempt(root, student, one)
