"""A tiny mock interview for the tests of the round itself (clock, stages, debrief): three
stages, ``f1(x) = x + 1``, ``f2(x) = f1(x) + 1``, ``f3(x) = f2(x) + 1``, each stage building on
the one before, with a visible check, a hidden one, two hints and a follow-up."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from mlinterview.course import generate_release

MOCK = "mock-demo"
NAMES = ["f1", "f2", "f3"]
RIGHT = {
    "f1": "def f1(x):\n    return x + 1\n",
    "f2": "def f2(x):\n    return f1(x) + 1\n",
    "f3": "def f3(x):\n    return f2(x) + 1\n",
}


def prompt(number: int) -> str:
    """A stage's prompt: text a learner must not find before reaching the stage."""
    return f"Stage {number} asks for something nobody may read early: zebra-{number}-quartz."


def _stage(number: int, name: str) -> nbformat.NotebookNode:
    notebook = new_notebook()
    notebook.metadata["kernelspec"] = {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }
    notebook.metadata["language_info"] = {"name": "python"}
    notebook.metadata["mlinterview"] = {
        "mock_stage": {
            "mock": MOCK,
            "title": "Demo",
            "stage": number,
            "stages": 3,
            "name": name,
            "kind": 1,
            "minutes": 45,
            "hints": [f"first hint for {name}", f"second hint for {name}"],
            "follow_ups": [{"question": f"Why {name}?", "answer": f"Because of {name}."}],
        }
    }
    setup = "import numpy as np\nfrom mlinterview import checks\n"
    if number > 1:
        setup += "from mlinterview.mock import load_earlier_stages\n\n"
        setup += f"load_earlier_stages(globals(), stage={number})\n"
    body = "x + 1" if number == 1 else f"f{number - 1}(x) + 1"
    answer = new_code_cell(
        f"def {name}(x):\n    ### BEGIN SOLUTION\n    return {body}\n    ### END SOLUTION"
    )
    answer.metadata["nbgrader"] = {
        "grade": False,
        "grade_id": name,
        "locked": False,
        "schema_version": 3,
        "solution": True,
        "task": False,
    }
    test = new_code_cell(
        "from mlinterview import checks\n\n"
        f"checks.check_close('{name}', checks.call({name}, 1.0), {1.0 + number}, case='x = 1')\n"
        f"checks.passed('{name}')\n"
        "### BEGIN HIDDEN TESTS\n"
        f"checks.check_close('{name}', {name}(3.0), {3.0 + number}, case='x = 3')\n"
        "### END HIDDEN TESTS"
    )
    test.metadata["nbgrader"] = {
        "grade": True,
        "grade_id": f"test_{name}",
        "locked": True,
        "points": 2,
        "schema_version": 3,
        "solution": False,
        "task": False,
    }
    test.metadata["mlinterview"] = {"rubric": "algorithms"}
    notebook.cells = [
        new_markdown_cell(f"# Mock interview · Demo · stage {number} of 3\n\n{prompt(number)}"),
        new_code_cell(setup),
        answer,
        test,
    ]
    return notebook


def write_demo_mock(root: Path) -> Path:
    """source/mock-demo/ in the course at ``root``, and its sealed release."""
    folder = root / "source" / MOCK
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.md").write_text("A demo mock interview for the tests.\n")
    for number, name in enumerate(NAMES, start=1):
        nbformat.write(_stage(number, name), folder / f"stage{number}.ipynb")
    generate_release(root, MOCK)
    return folder
