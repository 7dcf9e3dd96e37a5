"""The grading sandbox (``mlinterview.sandbox``): what a sandboxed kernel can and cannot reach,
and the sandbox tricks in tests/hostile/sandbox/ graded in a class run.

Each trick tries one way out (source/, another student, the gradebook, the network, writing
outside, killing the grader) and earns points only if the way is open. The tricks are graded
twice: in the sandbox, where each must get exactly its stated grade and change nothing outside
its folder, and without it (the control), where each must earn every point and its writes land,
which proves the grades measure the sandbox and not a trick that never worked.

Needs bubblewrap: skipped without it, saying why, except where
``MLINTERVIEW_REQUIRE_SYSTEM_PACKAGES=1`` (``.ci/run``, which installs it).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import socket
import sys
import threading
from pathlib import Path

import nbformat
import pytest
import system_packages
from course_harness import REPO, make_scratch_course, notebook_path
from nbformat.v4 import new_code_cell, new_notebook
from test_hostile import HONEST, solved_copy
from traitlets.config import Config

from mlinterview import classroom, report, sandbox
from mlinterview.course import CourseError
from mlinterview.grading_kernel import GuardedExecute

system_packages.require(sandbox.unavailable_reason(), "The grading sandbox (bubblewrap)")

pytestmark = pytest.mark.course
TRICKS_DIR = Path(__file__).resolve().parent / "hostile" / "sandbox"
TRICKS = sorted(p.stem for p in TRICKS_DIR.glob("[0-9][0-9]_*.py"))
LESSON = "01-interview-framework"
STABLE_SOFTMAX = b"""def softmax(z, axis=-1):
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
"""


def _load(name: str):
    if str(TRICKS_DIR) not in sys.path:
        sys.path.insert(0, str(TRICKS_DIR))  # for their shared _tricks.py
    spec = importlib.util.spec_from_file_location(f"trick_{name}", TRICKS_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _controlled() -> list[str]:
    return [name for name in TRICKS if not getattr(_load(name), "NO_CONTROL", False)]


@pytest.fixture(scope="module")
def answer_server():
    """A server on loopback that hands a stable softmax to whoever connects."""
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def serve():
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            with connection:
                connection.sendall(STABLE_SOFTMAX)

    threading.Thread(target=serve, daemon=True).start()
    variable = _load(TRICKS[0]).PORT_VARIABLE
    os.environ[variable] = str(port)  # the grading workers inherit it
    yield port
    server.close()
    os.environ.pop(variable, None)


def _fingerprint(course: Path) -> dict[str, str]:
    """Every file of the course but what grading writes (autograded/, the gradebook)."""
    prints = {}
    for path in sorted(course.rglob("*")):
        relative = path.relative_to(course).as_posix()
        if path.is_file() and not relative.startswith(("autograded/", "gradebook.db")):
            prints[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return prints


def _class(course: Path, names: list[str]) -> None:
    for name in [HONEST, *names]:
        notebook = solved_copy(course, LESSON)
        if name != HONEST:
            _load(name).edit(notebook)
        folder = course / "submitted" / name / LESSON
        folder.mkdir(parents=True)
        nbformat.write(notebook, folder / f"{LESSON}.ipynb")


@pytest.fixture(scope="module")
def graded(tmp_path_factory, answer_server):
    """The tricks graded in the sandbox, and (the control) without it."""
    base = tmp_path_factory.mktemp("sandbox")
    boxed = make_scratch_course(base / "sandboxed", recorded=[LESSON])
    _class(boxed, TRICKS)
    before = _fingerprint(boxed)
    lines: list[str] = []
    results = classroom.autograde_class(
        boxed, LESSON, workers=2, progress=lines.append, sandbox=True
    )
    after = _fingerprint(boxed)
    control = make_scratch_course(base / "control", recorded=[LESSON])
    _class(control, _controlled())
    classroom.autograde_class(control, LESSON, workers=2, progress=None, sandbox=False)
    return {
        "course": boxed,
        "results": {r.student: r for r in results},
        "lines": lines,
        "changed": {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)},
        "control": control,
    }


def _autograded_scores(course: Path, student: str) -> dict[str, tuple[float, float, str]]:
    got = report.build_report(course, LESSON, student)
    return {
        c.grade_id: (c.score, c.max_score, c.message) for c in got.checks if c.kind == "autograded"
    }


@pytest.mark.parametrize("name", TRICKS)
def test_each_trick_gets_its_grade_in_the_sandbox(graded, name):
    trick = _load(name)
    assert "Must get:" in trick.__doc__
    assert not graded["results"][name].problem, graded["results"][name].problem
    wrong = {
        grade_id: (score, message)
        for grade_id, (score, best, message) in _autograded_scores(graded["course"], name).items()
        if score != (0.0 if grade_id in trick.LOSES else best)
    }
    assert not wrong, f"{name}: (score, message) of the cells graded wrongly: {wrong}"


@pytest.mark.parametrize("name", _controlled())
def test_without_the_sandbox_each_trick_works(graded, name):
    """The control: the same trick earns every point when nothing stops it."""
    scores = _autograded_scores(graded["control"], name)
    assert all(score == best for score, best, _ in scores.values()), {
        grade_id: message for grade_id, (score, best, message) in scores.items() if score != best
    }
    for relative in _load(name).WRITES:
        assert (graded["control"] / relative).exists(), relative


def test_the_sandbox_changes_nothing_outside_the_submission(graded):
    assert not graded["changed"], f"files changed by sandboxed grading: {graded['changed']}"
    for name in TRICKS:
        for relative in _load(name).WRITES:
            assert not (graded["course"] / relative).exists(), relative


def test_a_submission_that_kills_its_grader_touches_no_one(graded):
    """No pool was lost (no retry line) and every submission was graded."""
    assert not [line for line in graded["lines"] if "grading process was stopped" in line]
    assert not [r.problem for r in graded["results"].values() if r.problem]
    honest = _autograded_scores(graded["course"], HONEST)
    assert all(score == best for score, best, _ in honest.values())


def _run_in_sandbox(folder: Path, course_root: Path, sources: list[str], timeout: int = 30):
    config = Config()
    config.LimitedKernelManager.sandbox = True
    config.CourseDirectory.root = str(course_root)
    execute = GuardedExecute(config=config, kernel_name="python3", timeout=timeout)
    notebook = new_notebook(cells=[new_code_cell(s) for s in sources])
    graded, _ = execute.preprocess(notebook, {"metadata": {"path": str(folder)}})
    return [
        "".join(o.get("text", "") or f"{o.get('ename')}: {o.get('evalue')}" for o in c.outputs)
        for c in graded.cells
    ]


def test_a_sandboxed_kernel_in_the_repository_course(tmp_path):
    """The course as ``make lab`` lays it out (its .venv and src/ inside the course folder):
    the kernel imports NumPy and the checks, reads its own folder, writes only /tmp, and
    finds no source/, no network; an interrupted cell leaves it alive."""
    folder = tmp_path / "autograded" / "probe" / LESSON  # the course folder is hidden anyway
    folder.mkdir(parents=True)
    (folder / "data.txt").write_text("mine")
    outputs = _run_in_sandbox(
        folder,
        REPO,
        [
            "import numpy, mlinterview.checks; print('imports fine')",
            "print(open('data.txt').read())",
            f"print(sorted(__import__('os').listdir({str(REPO)!r})))",
            f"open({str(notebook_path(REPO / 'source', LESSON))!r})",
            "open('new.txt', 'w')",
            "open('/tmp/scratch.txt', 'w').write('x'); print('tmp writable')",
            "import socket; socket.create_connection(('127.0.0.1', 22), timeout=2)",
            "while True: pass",
            "print('alive after the interrupt')",
        ],
        timeout=5,
    )
    imports, own, listing, source, write, tmp, network, loop, after = outputs
    assert "imports fine" in imports
    assert "mine" in own
    assert "source" not in listing and "gradebook.db" not in listing, listing
    assert "FileNotFoundError" in source
    assert "Read-only file system" in write
    assert "tmp writable" in tmp
    assert "ConnectionRefusedError" in network or "OSError" in network, network
    assert "CellTimeoutError" in loop
    assert "alive after the interrupt" in after


def test_without_bubblewrap_the_class_run_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no bwrap on it
    sandbox.unavailable_reason.cache_clear()
    try:
        reason = sandbox.unavailable_reason()
        assert "apt install bubblewrap" in reason
        course = make_scratch_course(tmp_path / "course", recorded=[LESSON])
        with pytest.raises(CourseError, match="Cannot grade in the sandbox: bubblewrap"):
            classroom.autograde_class(course, LESSON, [], sandbox=True)
        lines: list[str] = []
        classroom.autograde_class(course, LESSON, [], progress=lines.append)
        assert lines and lines[0].startswith("Grading without the sandbox: bubblewrap")
    finally:
        sandbox.unavailable_reason.cache_clear()
