"""The kernel that runs a submission during autograding: a memory limit, and a notebook that
goes on after the kernel dies.

``nbgrader_config.py`` puts ``GuardedExecute`` in place of nbgrader's ``Execute`` step:

- the kernel runs every BLAS, OpenMP and PyTorch pool on one thread (``ONE_THREAD``): two
  kernels of a class run then never compete for the same cores with several threads each,
  which made numerical code many times slower at random, and its results never depend on how
  a sum was split over threads;
- the kernel starts under ``python -m mlinterview.memory_limit MEGABYTES -- <kernel command>``,
  which caps its address space (``RLIMIT_AS``), so a memory bomb raises ``MemoryError`` in the
  cell that allocates instead of taking the machine down;
- before any cell it records NumPy and the checks (``mlinterview.integrity.seal``), and before
  each test cell it puts back whatever an answer changed in them (``integrity.restore``);
- the kernel's environment says it grades (``MLINTERVIEW_GRADING=1``), so the checks fail their
  cells instead of printing a learner's "not attempted" line; a test cell that printed that
  line anyway fails as if it had not;
- a test cell that runs past the time limit marks its exercise: the later test cells of that
  exercise fail at once with the same reason instead of each waiting out the limit again, so
  an infinite loop in an answer costs one time limit, not one per test cell;
- when the kernel dies in a cell (``os._exit``, a crash, the operating system killing it), that
  cell gets an error output saying so, a fresh kernel re-runs the cells above it, and grading
  goes on from the next cell. nbgrader alone would give the whole notebook no grade.

The per-cell time limit is nbgrader's own (``Execute.timeout``, ``interrupt_on_timeout``).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import weakref
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError
from nbformat import NotebookNode
from nbgrader.preprocessors import Execute
from traitlets import Bool, Callable, Integer

from mlinterview import sandbox
from mlinterview.checks.learner_mode import GRADING_ENV, NOT_ATTEMPTED_MARK
from mlinterview.integrity import RESTORE_CODE, SEAL_CODE, SEAL_TORCH_CODE
from mlinterview.rubric import answer_ids, exercise_of

KERNEL_DIED = "KernelDied"
TIMED_OUT = "CellTimeoutError"  # nbgrader's name for a cell interrupted at the time limit

#: Environment of the grading kernel: one thread in each numerical library's pool.
ONE_THREAD = {
    name: "1"
    for name in (
        "OMP_NUM_THREADS",  # OpenMP, also PyTorch's intra-op pool
        "OPENBLAS_NUM_THREADS",
        "MKL_NUM_THREADS",
        "BLIS_NUM_THREADS",
        "VECLIB_MAXIMUM_THREADS",  # Apple Accelerate
        "NUMEXPR_NUM_THREADS",
    )
}


class LimitedKernelManager(AsyncKernelManager):
    """Starts the kernel with its address space capped at ``memory_limit_mb``, one thread per
    numerical library (``ONE_THREAD``), and told that it grades (``GRADING_ENV``: the checks
    then fail their cells as nbgrader expects, see ``mlinterview.checks.learner_mode``)."""

    memory_limit_mb = Integer(
        4096, help="Address-space limit of the grading kernel in MiB (0: no limit)."
    ).tag(config=True)

    sandbox = Bool(
        False,
        help="Run the kernel in the grading sandbox (mlinterview.sandbox): it sees the "
        "submission's folder and the Python environment, not the course, and has no network.",
    ).tag(config=True)

    async def _async_pre_start_kernel(self, **kw):
        kw["env"] = {**kw.get("env", os.environ), **ONE_THREAD, GRADING_ENV: "1"}
        self._env = kw["env"]
        self._folder = Path(kw.get("cwd") or os.getcwd())
        if self.sandbox:
            reason = sandbox.unavailable_reason()
            if reason:
                raise RuntimeError(f"the grading sandbox cannot run: {reason}")
            # No network in the sandbox: the kernel talks through Unix sockets in a private
            # folder, the one place besides /tmp it can write.
            self._private = Path(tempfile.mkdtemp(prefix="mlinterview-kernel-"))
            # Removed at cleanup; also if grading stops before it (an error, the process ends).
            weakref.finalize(self, shutil.rmtree, self._private, True)
            sandbox.copy_font_cache(self._private)
            self.transport = "ipc"
            self.connection_file = str(self._private / "kernel.json")
            self.ip = str(self._private / "kernel-ipc")
        return await super()._async_pre_start_kernel(**kw)

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        private = getattr(self, "_private", None)
        if private is not None and not restart:
            shutil.rmtree(private, ignore_errors=True)

    def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
        command = super().format_kernel_cmd(extra_arguments)
        if "ipykernel_launcher" in command:
            # Before any cell runs: record NumPy and the checks as shipped (integrity.seal).
            command.append(f"--IPKernelApp.exec_lines={SEAL_CODE}")
        if self.memory_limit_mb > 0:
            limit = [sys.executable, "-m", "mlinterview.memory_limit", str(self.memory_limit_mb)]
            command = [*limit, "--", *command]
        if self.sandbox:
            root = self.config.get("CourseDirectory", {}).get("root")
            command = sandbox.command(
                command,
                folder=self._folder,
                private=self._private,
                course_root=Path(root) if root else None,
                env=self._env,
            )
        return command


class GuardedExecute(Execute):
    """nbgrader's Execute with ``LimitedKernelManager`` and recovery from a dead kernel."""

    max_kernel_deaths = Integer(
        3, help="Kernel deaths after which the remaining cells are not run."
    ).tag(config=True)
    on_exercise = Callable(
        None,
        allow_none=True,
        help="Called as on_exercise(name, number, total) when the first test cell of an "
        "exercise starts: the progress a learner sees while grading.",
    ).tag(config=True)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("kernel_manager_class", LimitedKernelManager)
        super().__init__(*args, **kwargs)
        self._asked_exit = False
        self._running = 0
        self._answers: list[str] = []
        self._timed_out: dict[str, str] = {}
        self._announced: set[str] = set()

    def on_cell_executed(self, **kwargs):
        super().on_cell_executed(**kwargs)
        # `exit()` in IPython asks the kernel to stop after the cell; its death would be
        # noticed cells later, so it is blamed on the cell that asked.
        payload = kwargs["execute_reply"].get("content", {}).get("payload", [])
        self._asked_exit = any(item.get("source") == "ask_exit" for item in payload)

    def _run_cell(self, index: int, resources) -> None:
        self._running = index
        cell = self.nb.cells[index]
        meta = cell.get("metadata", {}).get("nbgrader", {})
        is_test = cell.cell_type == "code" and meta.get("grade") and not meta.get("solution")
        exercise = exercise_of(meta.get("grade_id", ""), self._answers) if is_test else None
        if exercise and exercise not in self._announced and self.on_exercise is not None:
            self._announced.add(exercise)
            number = self._answers.index(exercise) + 1 if exercise in self._answers else 0
            self.on_exercise(exercise, number, len(self._answers))
        if exercise in self._timed_out:
            _record_timed_out_before(cell, exercise, self._timed_out[exercise])
            return
        if is_test:
            # Checks, NumPy and oracles as the course shipped them (mlinterview.integrity).
            self.wait_for_reply(self.kc.execute(RESTORE_CODE, silent=True, store_history=False))
        self.preprocess_cell(cell, resources, index)
        coalesce_streams(cell)
        if is_test:
            _fail_learner_mode_lines(cell)
        if exercise and any(o.get("ename") == TIMED_OUT for o in cell.get("outputs", [])):
            self._timed_out[exercise] = meta["grade_id"]
        if self._asked_exit:
            self._asked_exit = False
            raise DeadKernelError("the cell asked the kernel to exit")

    def preprocess(self, nb, resources=None, km=None):
        # As nbconvert's ExecutePreprocessor.preprocess, with a new kernel after a death.
        NotebookClient.__init__(self, nb, km)  # as nbconvert does: resets the execution state
        self.reset_execution_trackers()
        self._check_assign_resources(resources)
        self._answers = answer_ids(self.nb)
        self._timed_out = {}  # exercise -> the test cell that ran past the time limit
        self._announced = set()  # exercises whose progress was reported
        died: list[int] = []
        index = 0
        while index < len(self.nb.cells):
            self.km = self.kc = None
            try:
                with self.setup_kernel():
                    info = self.wait_for_reply(self.kc.kernel_info())
                    self.nb.metadata["language_info"] = info["content"]["language_info"]
                    if _tests_use_torch(self.nb):
                        self.wait_for_reply(
                            self.kc.execute(SEAL_TORCH_CODE, silent=True, store_history=False)
                        )
                    for earlier in range(index):  # the state the next cell expects
                        if earlier not in died:
                            self._run_cell(earlier, resources)
                    while index < len(self.nb.cells):
                        self._run_cell(index, resources)
                        index += 1
            except DeadKernelError:
                culprit = self._running  # a cell above, if one died when it was run again
                died.append(culprit)
                _record_death(self.nb.cells[culprit])
                if culprit == index:
                    index += 1
                if len(died) >= self.max_kernel_deaths:
                    for later in self.nb.cells[index:]:
                        _record_not_run(later)
                    break
        self.set_widgets_metadata()
        return self.nb, self.resources


def _tests_use_torch(nb: NotebookNode) -> bool:
    """Whether the notebook's test cells use PyTorch (lesson 05). They are the instructor's
    cells (nbgrader puts them back before grading), so an answer cannot hide the use."""
    return any(
        "torch" in cell.source
        for cell in nb.cells
        if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade")
    )


def coalesce_streams(cell: NotebookNode) -> None:
    """Join consecutive outputs of the same stream into one.

    The kernel sends ``print``'s text and its newline in one message or in two, depending on
    when its output thread flushes, which a busy machine changes; joined, the graded notebook
    and its feedback page are the same on every run.
    """
    joined: list[NotebookNode] = []
    for output in cell.get("outputs", []):
        last = joined[-1] if joined else None
        if (
            output.get("output_type") == "stream"
            and last is not None
            and last.get("output_type") == "stream"
            and last.get("name") == output.get("name")
        ):
            last["text"] += output.get("text", "")
        else:
            joined.append(output)
    if "outputs" in cell:
        cell["outputs"] = joined


def _fail_learner_mode_lines(cell: NotebookNode) -> None:
    """A test cell that printed the learner's "not attempted" line instead of failing (its
    kernel was talked out of grading mode) fails as the checks fail when grading."""
    for output in cell.get("outputs", []):
        if output.get("metadata", {}).get(NOT_ATTEMPTED_MARK):
            text = output.get("data", {}).get("text/plain", "not attempted")
            _replace_outputs(cell, "NotAttempted", str(text))
            return


def _replace_outputs(cell: NotebookNode, ename: str, message: str) -> None:
    """Make one error, ``ename: message``, the cell's only output, with no execution count."""
    error = NotebookNode(output_type="error", ename=ename, evalue=message)
    error.traceback = [f"{ename}: {message}"]
    cell["outputs"] = [error]
    cell["execution_count"] = None


def _record_death(cell: NotebookNode) -> None:
    # What reached us before the death (its execution count, some output) depends on timing;
    # dropping it keeps the grade and the feedback the same on every run.
    _replace_outputs(
        cell,
        KERNEL_DIED,
        "the kernel died while running this cell (os._exit, exit(), a crash, or the system "
        "killing it). A fresh kernel re-ran the cells above and grading went on from the next "
        "cell, without what this cell defines; a test cell that dies scores 0.",
    )


def _record_timed_out_before(cell: NotebookNode, exercise: str, first: str) -> None:
    _replace_outputs(
        cell,
        TIMED_OUT,
        f"not run: `{exercise}` already ran past the time limit in {first} above, so this cell "
        "would wait for it again. Look for an infinite loop, or code far slower than it needs "
        "to be.",
    )


def _record_not_run(cell: NotebookNode) -> None:
    # Whatever count the submission carried, the cell did not run here.
    if cell.get("cell_type") == "code":
        message = "not run: the kernel died too often in the cells above."
        _replace_outputs(cell, KERNEL_DIED, message)
