"""Mock interviews: the round on the clock, its stages revealed one at a time, and its record.

A mock is an nbgrader assignment (``source/mock-<slug>/``) with one notebook per stage,
``stage1.ipynb`` to ``stage3.ipynb``; each describes itself in its metadata,
``"mlinterview": {"mock_stage": {...}}`` (mock, title, stage, name, kind, minutes, hints,
follow-ups with model answers).

Generation (``course.generate_release``) seals the stages: ``release/<mock>/`` holds
``stages.sealed`` (every stage notebook, compressed and encoded, so that no prompt can be read
or searched for before it is reached) and a README, no notebook. ``start`` copies the seal into
the learner's folder for the mock (``notebooks/<mock>/`` in a self-study course, the fetched
folder in a class) and unseals stage 1 there; ``reveal`` unseals the next stage as a new file,
so a notebook open in JupyterLab is never written to. The model answers of the follow-ups stay
in source/: the debrief shows them after grading.

The round's record is ``.mock-record.json`` in the same folder (hidden from JupyterLab's file
browser, submitted with the notebooks, so an instructor sees it too): the limit and every
event with its time (start, each reveal and why, each stage's first passing visible checks,
hints, submission). The times are the course's: the kernel, the command line and the JupyterLab
server all read and write this one file, under a lock.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import datetime as dt
import fcntl
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from mlinterview.course import CourseError, jupyterlab_kernel_metadata
from mlinterview.practice import write_json

MOCK_PREFIX = "mock-"
SEAL_FILE = "stages.sealed"
RECORD_FILE = ".mock-record.json"
SEAL_FORMAT = "mlinterview-sealed-stages/1"
DEFAULT_MINUTES = 45
WARNING_MINUTES = 5
#: Keys of a stage's metadata that stay in source/ (the debrief shows them after grading).
SOURCE_ONLY = ("follow_ups",)
#: Keys of a stage's metadata kept in the seal only (``checks.hint`` reads them from there).
SEALED_ONLY = ("hints",)


class MockError(CourseError):
    """A mock cannot do what was asked (not started, already submitted, ...); the message says
    what to do instead."""


def is_mock(assignment: str) -> bool:
    return assignment.startswith(MOCK_PREFIX)


def stage_file(number: int) -> str:
    return f"stage{number}.ipynb"


def stage_metadata(notebook: Any) -> dict[str, Any] | None:
    """The ``mlinterview.mock_stage`` metadata of a notebook, or None."""
    return notebook.get("metadata", {}).get("mlinterview", {}).get("mock_stage")


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _parse(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


# --- The catalog ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Stage:
    number: int
    name: str
    hints: tuple[str, ...] = ()
    follow_ups: tuple[dict[str, str], ...] = field(default=(), compare=False)

    @property
    def file(self) -> str:
        return stage_file(self.number)


@dataclass(frozen=True)
class Mock:
    name: str
    title: str
    kind: int
    minutes: int
    stages: tuple[Stage, ...]

    def stage(self, number: int) -> Stage:
        return self.stages[number - 1]


def _mock_from_notebooks(name: str, notebooks: list[Any]) -> Mock:
    metas = sorted((stage_metadata(nb) or {} for nb in notebooks), key=lambda m: m.get("stage", 0))
    first = metas[0] if metas else {}
    return Mock(
        name=name,
        title=first.get("title", name),
        kind=int(first.get("kind", 1)),
        minutes=int(first.get("minutes", DEFAULT_MINUTES)),
        stages=tuple(
            Stage(
                number=int(m.get("stage", i + 1)),
                name=m.get("name", f"stage{i + 1}"),
                hints=tuple(m.get("hints", ())),
                follow_ups=tuple(m.get("follow_ups", ())),
            )
            for i, m in enumerate(metas)
        ),
    )


def read_mock(folder: Path) -> Mock:
    """A mock from its source folder (its stage notebooks)."""
    paths = sorted(folder.glob("stage*.ipynb"))
    return _mock_from_notebooks(folder.name, [nbformat.read(p, as_version=4) for p in paths])


def mocks(root: Path) -> list[Mock]:
    """Every mock of the course, from source/."""
    return [
        read_mock(folder)
        for folder in sorted((root / "source").glob(f"{MOCK_PREFIX}*"))
        if any(folder.glob("stage*.ipynb"))
    ]


def find_mock(root: Path, name: str) -> Mock:
    found = {m.name: m for m in mocks(root)}
    if name not in found:
        raise MockError(f"No mock interview {name!r}; mocks: {', '.join(found) or 'none yet'}.")
    return found[name]


# --- The seal ------------------------------------------------------------------------------


def seal(folder: Path) -> Path:
    """Replace the stage notebooks generated in ``folder`` (release/<mock>/) by one sealed
    file; the model answers of the follow-ups are left out."""
    stages = []
    for path in sorted(folder.glob("stage*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        meta = stage_metadata(notebook) or {}
        for key in SOURCE_ONLY:
            meta.pop(key, None)
        text = nbformat.writes(notebook).encode()
        stages.append(
            {
                "stage": int(meta.get("stage", len(stages) + 1)),
                "file": path.name,
                "data": base64.b64encode(zlib.compress(text, 9)).decode(),
            }
        )
        path.unlink()
    sealed = folder / SEAL_FILE
    payload = {"format": SEAL_FORMAT, "mock": folder.name, "stages": stages}
    sealed.write_text(json.dumps(payload, indent=1) + "\n")
    return sealed


def _read_seal(path: Path) -> dict[str, Any]:
    try:
        payload = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise MockError(
            f"{path} cannot be read ({error}); take a fresh copy from release/."
        ) from None
    if payload.get("format") != SEAL_FORMAT:
        raise MockError(f"{path} is not a sealed mock interview; take a fresh copy from release/.")
    return payload


def _decode(entry: dict[str, Any]) -> Any:
    text = zlib.decompress(base64.b64decode(entry["data"])).decode()
    return nbformat.reads(text, as_version=4)


def unseal(path: Path, number: int) -> Any:
    """Stage ``number``'s notebook from a sealed file (hints and all)."""
    for entry in _read_seal(path)["stages"]:
        if entry["stage"] == number:
            return _decode(entry)
    raise MockError(f"{path} has no stage {number}.")


def sealed_mock(path: Path) -> Mock:
    """The mock a sealed file holds (no model answers: those stay in source/)."""
    payload = _read_seal(path)
    return _mock_from_notebooks(payload["mock"], [_decode(e) for e in payload["stages"]])


def unsealed_notebooks(path: Path) -> dict[str, Any]:
    """Every stage notebook of a sealed file, by file name (for the release checks)."""
    return {e["file"]: _decode(e) for e in _read_seal(path)["stages"]}


# --- The record ----------------------------------------------------------------------------


@dataclass
class Record:
    """What happened in one attempt of a mock, from ``.mock-record.json``."""

    mock: str
    title: str
    student: str
    attempt: int
    limit_minutes: int
    stages: list[str]
    events: list[dict[str, Any]]

    @property
    def started_at(self) -> dt.datetime:
        return _parse(self.first("start")["at"])

    @property
    def deadline(self) -> dt.datetime:
        return self.started_at + dt.timedelta(minutes=self.limit_minutes)

    def first(self, event: str, stage: int | None = None) -> dict[str, Any] | None:
        return next(
            (
                e
                for e in self.events
                if e["event"] == event and (stage is None or e.get("stage") == stage)
            ),
            None,
        )

    @property
    def revealed(self) -> int:
        """The highest stage revealed (1 once started)."""
        return max([1] + [e["stage"] for e in self.events if e["event"] == "reveal"])

    @property
    def submitted_at(self) -> dt.datetime | None:
        event = self.first("submit")
        return _parse(event["at"]) if event else None

    def hints_used(self, stage: int) -> int:
        return sum(1 for e in self.events if e["event"] == "hint" and e.get("stage") == stage)

    def seconds_left(self, moment: dt.datetime | None = None) -> float:
        return (self.deadline - (moment or now())).total_seconds()

    def ended_at(self, folder: Path) -> dt.datetime:
        """When the round ended: its recorded submission; else, for a class's student who
        handed in with nbgrader alone, the submission time nbgrader wrote beside the notebooks
        in ``folder``; else now (still running)."""
        if self.submitted_at is not None:
            return self.submitted_at
        from nbgrader.utils import parse_utc  # nbgrader's reading of its own timestamp.txt

        try:
            stamp = parse_utc((folder / "timestamp.txt").read_text().strip())
        except (OSError, ValueError):
            return now()
        return stamp.replace(tzinfo=dt.UTC)

    def to_json(self) -> dict[str, Any]:
        return {
            "mock": self.mock,
            "title": self.title,
            "student": self.student,
            "attempt": self.attempt,
            "limit_minutes": self.limit_minutes,
            "stages": self.stages,
            "events": self.events,
        }


def read_record(folder: Path) -> Record | None:
    """The record of the mock in ``folder``, or None when it was never started there."""
    path = folder / RECORD_FILE
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        return None
    except (OSError, json.JSONDecodeError) as error:
        raise MockError(f"The mock's record {path} cannot be read ({error}).") from None
    return Record(**{k: data[k] for k in Record.__dataclass_fields__})


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One writer of a mock's record at a time: the kernel, the command line and JupyterLab's
    server may all record an event at once."""
    folder.mkdir(parents=True, exist_ok=True)
    handle = os.open(folder, os.O_RDONLY)  # the folder itself: no lock file to hand in
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        os.close(handle)


def _write_record(folder: Path, record: Record) -> None:
    write_json(folder / RECORD_FILE, record.to_json())


def add_event(folder: Path, event: str, **details: Any) -> Record:
    """Append an event (now) to the record in ``folder`` and return the record."""
    with _locked(folder):
        record = read_record(folder)
        if record is None:
            raise MockError(f"No mock interview was started in {folder}.")
        record.events.append({"event": event, "at": _iso(now()), **details})
        _write_record(folder, record)
        return record


# --- The round: start, reveal, hints -------------------------------------------------------


def _write_stage(folder: Path, notebook: Any, number: int) -> Path:
    """Write a stage's notebook for the learner: hints out of its metadata (they are in the
    seal), the kernel metadata JupyterLab would write (no unsaved-changes dot on opening)."""
    notebook = copy.deepcopy(notebook)
    meta = stage_metadata(notebook) or {}
    for key in SEALED_ONLY + SOURCE_ONLY:
        meta.pop(key, None)
    notebook.metadata.update(jupyterlab_kernel_metadata())
    target = folder / stage_file(number)
    nbformat.write(notebook, target)
    return target


def start(
    folder: Path,
    seal_path: Path,
    student: str,
    minutes: int | None = None,
    attempt: int = 1,
) -> Record:
    """Start a mock in ``folder``: the seal copied there (unless it is there already), stage 1
    unsealed, the clock started. Refuses a folder that holds a started mock."""
    if read_record(folder) is not None:
        raise MockError(f"A mock interview was already started in {folder}.")
    mock = sealed_mock(seal_path)
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / SEAL_FILE).resolve() != seal_path.resolve():
        (folder / SEAL_FILE).write_bytes(seal_path.read_bytes())
    with _locked(folder):
        record = Record(
            mock=mock.name,
            title=mock.title,
            student=student,
            attempt=attempt,
            limit_minutes=int(minutes or mock.minutes),
            stages=[s.name for s in mock.stages],
            events=[{"event": "start", "at": _iso(now())}],
        )
        _write_stage(folder, unseal(folder / SEAL_FILE, 1), 1)
        _write_record(folder, record)
    return record


def reveal_next(
    folder: Path, reason: str, after_stage: int | None = None
) -> tuple[Record, int | None]:
    """Unseal the stage after the highest one revealed (``reason``: "passed" or "moved on").

    With ``after_stage``, only when that stage is the highest revealed (a second pass of stage
    1's checks reveals nothing more). A stage's notebook is a new file: nothing already in the
    folder is written. Returns the record and the stage revealed (None when none was).
    """
    with _locked(folder):
        record = read_record(folder)
        if record is None:
            raise MockError(f"No mock interview was started in {folder}.")
        if record.submitted_at is not None:
            raise MockError(f"{record.mock} was submitted already: start a new attempt.")
        current = record.revealed
        if current >= len(record.stages) or after_stage not in (None, current):
            return record, None
        number = current + 1
        target = folder / stage_file(number)
        if not target.exists():  # never over the learner's file
            _write_stage(folder, unseal(folder / SEAL_FILE, number), number)
        record.events.append(
            {"event": "reveal", "stage": number, "reason": reason, "at": _iso(now())}
        )
        _write_record(folder, record)
        return record, number


def move_on_message(
    record: Record, number: int | None, where: Path | str | None = None, submit: str = ""
) -> str:
    """What the learner reads after asking for the next stage (terminal, class folder or
    JupyterLab): the stage opened and where, or that the last one is open and how to submit."""
    if number is None:
        return f"{record.mock}: stage {record.revealed} is the last one. {submit}".rstrip()
    opened = f"Stage {number} of {len(record.stages)} is open"
    return f"{opened}: {where}" if where else f"{opened}."


def note_passed(folder: Path, stage_name: str) -> tuple[Record, int | None]:
    """The visible checks of ``stage_name`` passed: record the first time, and reveal the next
    stage when it is the current one. Returns the record and the stage revealed, if any."""
    with _locked(folder):
        record = read_record(folder)
        if record is None or stage_name not in record.stages:
            raise MockError(f"No mock stage {stage_name!r} was started in {folder}.")
        number = record.stages.index(stage_name) + 1
        if record.first("passed", number) is None and record.submitted_at is None:
            record.events.append({"event": "passed", "stage": number, "at": _iso(now())})
            _write_record(folder, record)
    if record.submitted_at is not None:
        return record, None
    return reveal_next(folder, "passed", after_stage=number)


def next_hint(folder: Path, stage_name: str) -> tuple[int, int, str] | None:
    """Record and return the next hint of a stage ``(number, total, text)``; None when all
    were shown."""
    record = read_record(folder)
    if record is None or stage_name not in record.stages:
        raise MockError(f"No mock stage {stage_name!r} was started in {folder}.")
    number = record.stages.index(stage_name) + 1
    hints = sealed_mock(folder / SEAL_FILE).stage(number).hints
    used = record.hints_used(number)
    if used >= len(hints):
        return None
    add_event(folder, "hint", stage=number)
    return used + 1, len(hints), hints[used]


# --- In the learner's kernel ---------------------------------------------------------------


def _answer_cells(notebook: Any) -> list[Any]:
    return [
        cell
        for cell in notebook.cells
        if cell.cell_type == "code"
        and cell.metadata.get("nbgrader", {}).get("solution")
        and not cell.metadata.get("nbgrader", {}).get("grade")
    ]


_loading = False


def loading() -> bool:
    """Whether earlier stages' answers are being run (``load_earlier_stages``): a hint or a
    pass left in an answer cell is then not counted again."""
    return _loading


def load_earlier_stages(
    namespace: dict[str, Any], stage: int | None = None, folder: Path | str | None = None
) -> None:
    """Run the answer cells of stages 1 to ``stage - 1`` (``stage1.ipynb``, ... beside this
    notebook, as last saved) in ``namespace``, so that a stage can build on the earlier ones.

    Called from a stage notebook's setup cell: ``load_earlier_stages(globals(), stage=2)``.
    An earlier answer that raises is reported in one line and skipped. While grading, each
    stage's tests put the reference earlier stages in place, so a stage is graded on its own.
    Returns the names of the answers run.
    """
    global _loading
    if stage is None:
        raise TypeError("load_earlier_stages needs this stage's number: (globals(), stage=2)")
    folder = Path(folder or os.getcwd())
    for number in range(1, stage):
        path = folder / stage_file(number)
        try:
            notebook = nbformat.read(path, as_version=4)
        except FileNotFoundError:
            print(f"Stage {number} ({path.name}) is not in this folder: its answers are missing.")
            continue
        except Exception as error:  # noqa: BLE001 (a broken file: say so, go on)
            print(f"{path.name} cannot be read ({type(error).__name__}); its answers are missing.")
            continue
        saved = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%H:%M:%S")
        names = []
        for cell in _answer_cells(notebook):
            name = cell.metadata.get("nbgrader", {}).get("grade_id", "answer")
            _loading = True
            try:
                exec(compile(cell.source, f"<{path.name}: {name}>", "exec"), namespace)
            except NotImplementedError:
                print(f"`{name}` (stage {number}) is not attempted yet.")
                continue
            except Exception as error:  # noqa: BLE001 (the learner's code: report, go on)
                print(f"`{name}` (stage {number}) raised {type(error).__name__}: {error}")
                continue
            finally:
                _loading = False
            names.append(name)
        if names:
            print(f"Stage {number}: your `{'`, `'.join(names)}` from {path.name} (saved {saved}).")


# --- In a course: the learner's mocks ------------------------------------------------------

#: One line per graded attempt of a mock (``debrief.py`` appends), in progress/<student>/.
DEBRIEFS = "mocks.jsonl"


def workspace(root: Path, name: str) -> Path:
    return root / "notebooks" / name


def archive_dir(root: Path, student: str, name: str, attempt: int) -> Path:
    return root / "progress" / student / "mocks" / name / f"attempt-{attempt}"


def read_debriefs(root: Path, student: str) -> list[dict[str, Any]]:
    """Every graded attempt's debrief summary, oldest first."""
    path = root / "progress" / student / DEBRIEFS
    try:
        lines = path.read_text().splitlines()
    except FileNotFoundError:
        return []
    found = []
    for line in lines:
        with contextlib.suppress(json.JSONDecodeError):
            found.append(json.loads(line))
    return found


def _choose(root: Path, student: str, name: str | None) -> Mock:
    every = mocks(root)
    if not every:
        raise MockError(f"No mock interviews in {root / 'source'} (mock-*/ folders).")
    if name:
        return find_mock(root, name)
    done = {d["mock"]: d["submitted_at"] for d in read_debriefs(root, student)}
    fresh = [m for m in every if m.name not in done]
    if fresh:
        return fresh[0]
    return min(every, key=lambda m: done[m.name])  # all done: the one done longest ago


def in_progress(root: Path) -> list[tuple[Record, Path]]:
    """Mocks started in notebooks/ and not submitted."""
    found = []
    for folder in sorted((root / "notebooks").glob(f"{MOCK_PREFIX}*")):
        record = read_record(folder)
        if record is not None and record.submitted_at is None:
            found.append((record, folder))
    return found


def start_in_course(
    root: Path,
    student: str,
    name: str | None = None,
    minutes: int | None = None,
) -> tuple[Record, Path, Path | None]:
    """Start a mock in notebooks/<mock>/ (the one named, else one not done yet).

    Refused while another mock is in progress. A submitted earlier attempt in the folder is
    moved, whole, to progress/<student>/mocks/<mock>/attempt-<n>/ first (nothing is lost).
    Returns the record, the folder and where an earlier attempt went (or None).
    """
    running = in_progress(root)
    if running:
        record, folder = running[0]
        left = record.seconds_left() / 60
        clock = f"{left:.0f} min left" if left > 0 else "its time is up"
        raise MockError(
            f"{record.mock} is in progress ({clock}): submit it first with `mlinterview mock "
            f"submit` (or Grade in its notebook), then start another."
        )
    mock = _choose(root, student, name)
    seal_path = root / "release" / mock.name / SEAL_FILE
    if not seal_path.is_file():
        raise MockError(f"{seal_path} is missing: run `make release` to generate it.")
    folder = workspace(root, mock.name)
    attempt = 1 + sum(1 for d in read_debriefs(root, student) if d["mock"] == mock.name)
    archived = None
    earlier = read_record(folder) if folder.exists() else None
    if folder.exists() and any(folder.iterdir()):
        number = earlier.attempt if earlier else attempt - 1
        archived = archive_dir(root, student, mock.name, max(number, 1))
        while archived.exists():
            archived = archived.with_name(archived.name + "-again")
        archived.parent.mkdir(parents=True, exist_ok=True)
        folder.rename(archived)
    record = start(folder, seal_path, student, minutes, attempt)
    return record, folder, archived


def mark_submitted(folder: Path) -> Record:
    """Record the submission (once) with each stage notebook's last save, which decides what
    was done in time."""
    with _locked(folder):
        record = read_record(folder)
        if record is None:
            raise MockError(
                f"No mock interview was started in {folder}: start it with `mlinterview mock "
                f"start {folder.name}`."
            )
        if record.submitted_at is None:
            saved = {
                path.name: _iso(dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC))
                for path in sorted(folder.glob("stage*.ipynb"))
            }
            record.events.append({"event": "submit", "at": _iso(now()), "saved": saved})
            _write_record(folder, record)
        return record


def status(root: Path, student: str) -> list[dict[str, Any]]:
    """Each mock with its kind and status: not started, in progress (time left), or done
    (band and time of the latest attempt)."""
    debriefs = read_debriefs(root, student)
    rows = []
    for mock in mocks(root):
        row: dict[str, Any] = {
            "mock": mock.name,
            "title": mock.title,
            "kind": mock.kind,
            "minutes": mock.minutes,
            "status": "not started",
            "attempts": sum(1 for d in debriefs if d["mock"] == mock.name),
        }
        record = read_record(workspace(root, mock.name))
        mine = [d for d in debriefs if d["mock"] == mock.name]
        if record is not None and record.submitted_at is None:
            row.update(
                status="in progress",
                stage=record.revealed,
                stages=len(record.stages),
                seconds_left=record.seconds_left(),
            )
        elif mine:
            last = mine[-1]
            row.update(
                status="done",
                band=last.get("band"),
                score=last.get("score"),
                max_score=last.get("max_score"),
                minutes_used=last.get("minutes_used"),
                limit_minutes=last.get("limit_minutes"),
                overtime=last.get("overtime"),
            )
        rows.append(row)
    return rows


def clock_state(root: Path, folder: Path, record: Record) -> dict[str, Any]:
    """What JupyterLab's clock shows, from the course's record (``now`` is the server's)."""
    moment = now()
    rel = folder.relative_to(root).as_posix()
    revealed = record.revealed
    return {
        "active": True,
        "mock": record.mock,
        "title": record.title,
        "attempt": record.attempt,
        "stage": revealed,
        "stages": len(record.stages),
        "stage_name": record.stages[revealed - 1],
        "stage_path": f"{rel}/{stage_file(revealed)}",
        "stage_paths": [f"{rel}/{stage_file(n)}" for n in range(1, revealed + 1)],
        "folder": rel,
        "limit_minutes": record.limit_minutes,
        "started_at": _iso(record.started_at),
        "deadline": _iso(record.deadline),
        "now": _iso(moment),
        "seconds_left": record.seconds_left(moment),
        "submitted": record.submitted_at is not None,
        "can_move_on": record.submitted_at is None and revealed < len(record.stages),
        "warning_minutes": WARNING_MINUTES,
    }
