"""mlinterview.grading_kernel: a dead kernel costs only the cell that killed it, and the kernel
runs one thread per numerical library. Tiny notebooks, real kernels (about a second each)."""

from __future__ import annotations

import copy
import json

from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from mlinterview.grading_kernel import (
    KERNEL_DIED,
    ONE_THREAD,
    GuardedExecute,
    _record_death,
    _record_not_run,
    coalesce_streams,
)


def _ran_cell():
    return new_code_cell(
        "print(1)",
        execution_count=7,
        outputs=[new_output("stream", name="stdout", text="half of what it printed")],
    )


def _the_one_error(cell) -> dict:
    assert cell.execution_count is None
    assert len(cell.outputs) == 1
    (error,) = cell.outputs
    assert error.output_type == "error" and error.ename == KERNEL_DIED
    assert error.traceback and all(isinstance(line, str) for line in error.traceback)
    return error


def test_consecutive_outputs_of_one_stream_are_joined():
    cell = new_code_cell("print('a')")
    cell.outputs = [
        new_output("stream", name="stdout", text="Visible checks passed."),
        new_output("stream", name="stdout", text="\n"),
        new_output("stream", name="stderr", text="warning\n"),
        new_output("stream", name="stdout", text="b\n"),
    ]
    coalesce_streams(cell)
    assert [(o.name, o.text) for o in cell.outputs] == [
        ("stdout", "Visible checks passed.\n"),
        ("stderr", "warning\n"),
        ("stdout", "b\n"),
    ]


def test_a_death_replaces_the_cells_outputs_with_one_error():
    cell = _ran_cell()
    _record_death(cell)
    error = _the_one_error(cell)
    assert error.evalue.startswith("the kernel died while running this cell")
    assert error.traceback == [f"{KERNEL_DIED}: {error.evalue}"]


def test_a_cell_not_run_gets_one_error_and_markdown_is_untouched():
    cell = _ran_cell()
    _record_not_run(cell)
    error = _the_one_error(cell)
    assert error.evalue == "not run: the kernel died too often in the cells above."
    markdown = new_markdown_cell("## A section")
    before = copy.deepcopy(markdown)
    _record_not_run(markdown)
    assert markdown == before


def _execute(cells, **config):
    """Run ``cells`` as the autograder does; nbgrader's Execute needs no nbgrader resources."""
    config = {"kernel_name": "python3", "timeout": 10, "startup_timeout": 60, **config}
    nb, _ = GuardedExecute(**config).preprocess(new_notebook(cells=cells), {})
    return nb.cells


def _stdout(cell) -> str:
    return "".join(o.text for o in cell.outputs if o.output_type == "stream")


def test_after_a_death_a_fresh_kernel_reruns_the_cells_above_and_goes_on(monkeypatch):
    # The kernel must get one thread whatever the grader's own environment says.
    monkeypatch.setenv("OMP_NUM_THREADS", "4")
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    names = sorted(ONE_THREAD)
    cells = _execute(
        [
            new_code_cell("import os\nx = 41"),
            new_code_cell("os._exit(1)"),
            new_code_cell("print(x + 1)"),
            new_code_cell(
                "import json, sys\n"
                f"threads = {{name: os.environ.get(name) for name in {names!r}}}\n"
                "sealed = sorted(sys.modules['mlinterview.integrity']._modules)\n"
                "print(json.dumps({'threads': threads, 'sealed': sealed}))"
            ),
        ]
    )
    assert cells[0].outputs == []
    assert _the_one_error(cells[1]).evalue.startswith("the kernel died")
    assert _stdout(cells[2]) == "42\n"  # cell 0 ran again in the new kernel; cell 1 did not
    found = json.loads(_stdout(cells[3]))
    assert found["threads"] == ONE_THREAD
    assert found["threads"]["OPENBLAS_NUM_THREADS"] == found["threads"]["OMP_NUM_THREADS"] == "1"
    # integrity.seal() ran at the kernel's start, over every module of the checks package.
    assert {"mlinterview.checks", "mlinterview.checks.values"} <= set(found["sealed"])


def test_past_the_death_limit_the_remaining_code_cells_are_not_run():
    cells = _execute(
        [
            new_code_cell("x = 1"),
            new_code_cell("import os\nos._exit(1)"),
            new_markdown_cell("## After"),
            new_code_cell("print(x)"),
        ],
        max_kernel_deaths=1,
    )
    assert cells[0].execution_count == 1
    assert _the_one_error(cells[1]).evalue.startswith("the kernel died")
    assert cells[2].source == "## After" and "outputs" not in cells[2]
    assert _the_one_error(cells[3]).evalue.startswith("not run: the kernel died too often")
