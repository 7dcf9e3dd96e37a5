"""Where the course lives on disk, and nbgrader's API set up for it.

nbgrader reads ``nbgrader_config.py`` from the working directory; the helpers here find the
course root from anywhere inside it and build an ``NbGraderAPI`` rooted there, so that
``mlinterview`` works from any directory of the course.
"""

from __future__ import annotations

import contextlib
import copy
import importlib.util
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import nbformat
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

CONFIG_FILE = "nbgrader_config.py"


#: The course's feedback page template (src/mlinterview/templates/feedback/), which extends
#: nbgrader's; nbgrader_config.py selects it for ``generate_feedback``.
FEEDBACK_TEMPLATE = "mlinterview.html.j2"


def feedback_template_dirs() -> list[str]:
    """Template folders for nbgrader's feedback page: the course's first (its additions and
    its MathJax stand-in), then nbgrader's own, which nbgrader adds only when none are set.

    nbgrader is located without importing it: nbgrader_config.py calls this, and the config
    is read often by commands that need none of nbgrader.
    """
    spec = importlib.util.find_spec("nbgrader")
    nbgrader = Path(spec.origin).parent / "server_extensions" / "formgrader" / "templates"
    return [str(Path(__file__).parent / "templates"), str(nbgrader)]


class CourseError(RuntimeError):
    """Something about the course on disk is not as expected; the message says what."""


def find_course_root(start: Path | str | None = None) -> Path:
    """The nearest directory at or above ``start`` holding nbgrader_config.py and source/."""
    here = Path(start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / CONFIG_FILE).is_file() and (candidate / "source").is_dir():
            return candidate
    raise CourseError(
        f"No course found at or above {here}: expected a directory with {CONFIG_FILE} and "
        "source/. Run this command inside the course repository."
    )


def lessons(root: Path) -> list[str]:
    """Lesson (assignment) ids: the folders of source/ that hold a notebook."""
    return sorted(p.name for p in (root / "source").iterdir() if any(p.glob("*.ipynb")))


def check_lesson(root: Path, lesson: str) -> None:
    known = lessons(root)
    if lesson not in known:
        raise CourseError(
            f"No lesson {lesson!r} in {root / 'source'}; lessons: {', '.join(known)}."
        )


def load_config(root: Path, **course_directory: str) -> Config:
    """The course's nbgrader config with paths anchored at ``root``.

    ``course_directory`` overrides ``CourseDirectory`` traits (for example a temporary
    ``release_directory``).
    """
    config = PyFileConfigLoader(CONFIG_FILE, path=str(root)).load_config()
    config.CourseDirectory.root = str(root)
    db_url = config.CourseDirectory.get("db_url", "sqlite:///gradebook.db")
    prefix = "sqlite:///"
    if db_url.startswith(prefix) and not Path(db_url[len(prefix) :]).is_absolute():
        # A relative sqlite path would follow the working directory; pin it to the course root.
        config.CourseDirectory.db_url = prefix + str(root / db_url[len(prefix) :])
    for key, value in course_directory.items():
        config.CourseDirectory[key] = value
    return config


def _put_environment_on_path() -> None:
    # nbgrader runs helper programs (alembic) by name; find them beside this interpreter even
    # when the virtual environment is not activated.
    scripts = str(Path(sys.executable).parent)
    path = os.environ.get("PATH", "")
    if scripts not in path.split(os.pathsep):
        os.environ["PATH"] = scripts + os.pathsep + path


def make_api(root: Path, **course_directory: str):
    """An ``NbGraderAPI`` for the course at ``root``."""
    _put_environment_on_path()
    # Imported here: nbgrader's application stack takes a second or more to import, and finding
    # the course, its lessons and its notebooks (submit, the structure tests) needs none of it.
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    config = load_config(root, **course_directory)
    coursedir = CourseDirectory(config=config)
    return NbGraderAPI(coursedir=coursedir, config=config)


@contextlib.contextmanager
def kernel_stderr_captured():
    """Keep the grading kernel's start-up chatter (it inherits file descriptor 2) off the
    learner's terminal; yields a function that returns what was captured."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as capture:
        os.dup2(capture.fileno(), 2)
        try:
            yield lambda: (capture.seek(0), capture.read().decode(errors="replace"))[1]
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def _raise_unless_ok(result: dict, what: str) -> None:
    if not result.get("success"):
        detail = (result.get("error") or "") + "\n" + (result.get("log") or "")
        raise CourseError(f"{what} failed:\n{detail.strip()}")


def generate_release(root: Path, lesson: str) -> Path:
    """Regenerate ``release/<lesson>`` from source/ (``nbgrader generate_assignment``).

    The student version does not depend on the gradebook, so generation records into a
    throw-away one: authoring never collides with grades already in the course's gradebook.
    """
    with tempfile.TemporaryDirectory(prefix="mlinterview-db-") as scratch:
        api = make_api(root, db_url=f"sqlite:///{Path(scratch) / 'gradebook.db'}")
        result = api.generate_assignment(lesson, force=True, create=True)
        _raise_unless_ok(result, "Generating " + lesson)
    _strip_practice_answers(root / "release" / lesson)
    if lesson.startswith("mock-"):
        from mlinterview.mock import seal

        seal(root / "release" / lesson)  # no stage readable before the learner reaches it
    return root / "release" / lesson


def _strip_practice_answers(folder: Path) -> None:
    """A practice question's hints and follow-up answers stay in source/: the learner reads
    them through ``checks.hint`` and ``mlinterview solution`` (``practice``)."""
    from mlinterview.practice import strip_source_only

    for path in sorted(folder.glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        if strip_source_only(notebook):
            nbformat.write(notebook, path)


def ensure_gradebook(root: Path, lesson: str) -> None:
    """Record a lesson's source notebooks (cells, points, hidden tests) in the gradebook.

    Generation is what stores them; it runs here into a throw-away release directory so that
    release/ (committed) is never rewritten as a side effect of grading.
    """
    with (
        gradebook_lock(root),
        tempfile.TemporaryDirectory(prefix="mlinterview-release-") as scratch,
    ):
        api = make_api(root, release_directory=scratch)
        result = api.generate_assignment(lesson, force=True, create=True)
    if not result.get("success") and "there are submissions associated" in (
        result.get("log") or ""
    ):
        raise CourseError(
            f"{lesson} gained or lost graded cells since it was last graded, and nbgrader keeps "
            "grades of the old version. To start grading afresh run `make clean-grading` "
            "(it deletes grades and feedback only; your notebooks/ are untouched)."
        )
    _raise_unless_ok(result, "Recording " + lesson)


#: PostgreSQL advisory lock id of a course's lesson recording (any fixed number; "mli").
RECORDING_LOCK = 0x6D6C69


@contextlib.contextmanager
def gradebook_lock(root: Path) -> Iterator[None]:
    """One process at a time records lessons in the course's gradebook.

    nbgrader re-records a lesson by deleting its notebook rows and writing them again, so two
    graders starting at once would delete rows the other is writing. PostgreSQL's advisory lock
    holds across machines; for SQLite, a lock file beside the database (none on Windows, which
    has no ``fcntl``: grade one run at a time there).
    """
    db_url = load_config(root).CourseDirectory.db_url
    if db_url.startswith("sqlite:///"):
        try:
            import fcntl
        except ImportError:
            yield
            return
        with open(db_url.removeprefix("sqlite:///") + ".lock", "a") as lock_file:
            fcntl.flock(lock_file, fcntl.LOCK_EX)
            yield  # closing the file releases the lock
        return
    if not db_url.startswith("postgresql"):  # another server: nbgrader's own behaviour
        yield
        return
    import sqlalchemy

    engine = sqlalchemy.create_engine(db_url)
    try:
        with engine.connect() as connection:
            lock = {"key": RECORDING_LOCK}
            connection.execute(sqlalchemy.text("SELECT pg_advisory_lock(:key)"), lock)
            try:
                yield
            finally:
                connection.execute(sqlalchemy.text("SELECT pg_advisory_unlock(:key)"), lock)
    finally:
        engine.dispose()


#: The kernel every lesson declares (no "Select Kernel" dialog when a lesson opens).
KERNEL_NAME = "python3"


def jupyterlab_kernel_metadata() -> dict[str, dict]:
    """The notebook metadata JupyterLab writes when a lesson's kernel starts, in this environment.

    JupyterLab sets ``metadata.kernelspec`` from the kernel's spec (name, display name, language)
    and ``metadata.language_info`` from the kernel's info reply, which names this Python's exact
    version. A notebook holding other values is changed on opening: its tab shows the
    unsaved-changes dot before any edit. nbgrader writes release/ with ``language_info`` reduced
    to ``{"name": "python"}``, and the version cannot be known where release/ is generated, so the
    learner's copy gets these values when it is made. Keys that cannot be read here (no ipykernel,
    no ``python3`` spec) are left out.
    """
    found: dict[str, dict] = {}
    try:
        from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
        found["kernelspec"] = {
            "display_name": spec.display_name,
            "language": spec.language,
            "name": KERNEL_NAME,
        }
    except (ImportError, NoSuchKernel):
        pass
    try:
        from ipykernel.ipkernel import IPythonKernel

        found["language_info"] = json.loads(json.dumps(IPythonKernel.language_info))
    except ImportError:
        pass
    return found


def _copy_for_jupyterlab(path: Path, target: Path, metadata: dict[str, dict]) -> None:
    """Copy a release file; a notebook gets ``metadata`` (see ``jupyterlab_kernel_metadata``)."""
    if path.suffix != ".ipynb" or not metadata:
        shutil.copy2(path, target)
        return
    notebook = nbformat.read(path, as_version=4)
    notebook.metadata.update(copy.deepcopy(metadata))
    nbformat.write(notebook, target)


def copy_missing_lessons(root: Path) -> list[Path]:
    """Copy each release/ lesson file into notebooks/ unless the learner already has it.

    Never overwrites: the learner's work in notebooks/ is theirs. Returns what was copied.
    A mock interview is not copied: ``mlinterview mock start`` starts it, clock and all.
    A notebook is copied with the kernel metadata JupyterLab would write on opening it
    (``jupyterlab_kernel_metadata``), so that it opens without the unsaved-changes mark.
    """
    metadata = jupyterlab_kernel_metadata()
    copied = []
    release = root / "release"
    if not release.is_dir():
        return copied
    for path in sorted(release.rglob("*")):
        if not path.is_file() or ".ipynb_checkpoints" in path.parts:
            continue
        target = root / "notebooks" / path.relative_to(release)
        if target.exists() or path.relative_to(release).parts[0].startswith("mock-"):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy_for_jupyterlab(path, target, metadata)
        copied.append(target)
    return copied


def quiet_jupyterlab() -> Path:
    """Turn off JupyterLab's news prompt for this environment (app-level settings override)."""
    settings = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    try:
        overrides = json.loads(settings.read_text()) if settings.exists() else {}
    except json.JSONDecodeError:
        overrides = {}
    overrides.setdefault("@jupyterlab/apputils-extension:notification", {})
    overrides["@jupyterlab/apputils-extension:notification"].update(
        {"fetchNews": "false", "checkForUpdates": False}
    )
    settings.write_text(json.dumps(overrides, indent=2) + "\n")
    return settings


def setup(root: Path) -> tuple[list[Path], list[str]]:
    """Everything ``make lab`` needs before JupyterLab starts.

    Returns the lesson files copied into notebooks/ and warnings; a lesson the gradebook
    cannot take (see ``ensure_gradebook``) is a warning, not a reason to keep the course closed.
    """
    warnings = []
    for lesson in lessons(root):
        try:
            ensure_gradebook(root, lesson)
        except CourseError as error:
            warnings.append(str(error))
    quiet_jupyterlab()
    return copy_missing_lessons(root), warnings
