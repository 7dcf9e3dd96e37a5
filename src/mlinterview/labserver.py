"""The course's endpoints in JupyterLab's server: grade the open notebook, follow its progress.

A jupyter_server extension (``jupyter-config/jupyter_server_config.d/mlinterview.json`` enables
it when ``make lab`` starts JupyterLab). The frontend (``labextension/``) asks:

- ``POST mlinterview/grade`` with ``{"path": <notebook path under the server's root>}``: starts
  grading that notebook's lesson and answers ``{"job": id}``; a lesson already grading answers
  with the job that grades it (two runs would write the same gradebook and feedback);
- ``GET mlinterview/grade/<id>``: the job's state (``running``, ``done``, ``failed``), its
  progress events, and when done the report (``LessonReport.to_dict()``) and the path of the
  HTML report under the server's root;
- ``GET mlinterview/solution?path=<notebook path>``: a practice question's reference solution
  and follow-ups' model answers, as ``mlinterview solution --json`` gives them (refused, with
  the command's reason, before the question was graded or when an instructor turned them off).

- ``GET mlinterview/mock``: the clock of the mock interview in progress (``mock.clock_state``:
  stage, deadline and the server's ``now``, so the browser's own clock never decides the time
  left), or ``{"active": false, "mocks": [...]}``;
- ``POST mlinterview/mock/start`` ``{"mock": optional, "minutes": optional}`` and
  ``POST mlinterview/mock/next``: as ``mlinterview mock start`` and ``next``, answering the new
  state with a ``message`` (400 with the reason when refused).

Grading runs ``mlinterview grade LESSON --events`` in a child process: the code path of the
command line, and the server stays responsive while a notebook's tests run. The server knows
nothing else of grading; it reads the JSON lines that command prints. Grading a mock's stage
submits the mock (every stage is graded, the debrief is in the report).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import url_path_join
from tornado import web

from mlinterview import mock
from mlinterview.course import (
    CourseError,
    find_course_root,
    lessons,
)
from mlinterview.grading import DEFAULT_STUDENT
from mlinterview.practice import is_practice_set

#: Lines of the command's error output kept for a failed job's message.
ERROR_TAIL = 20


@dataclass
class GradeJob:
    """One run of ``mlinterview grade LESSON --events`` and what it has printed so far."""

    lesson: str
    question: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    state: str = "running"
    events: list[dict[str, Any]] = field(default_factory=list)
    report: dict[str, Any] | None = None
    html: str = ""
    error: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "job": self.id,
            "lesson": self.lesson,
            "question": self.question,
            "state": self.state,
            "events": self.events,
            "report": self.report,
            "html": self.html,
            "error": self.error,
        }


class Grader:
    """The grading jobs of one server: at most one running per lesson."""

    def __init__(self, root: Path, student: str = DEFAULT_STUDENT) -> None:
        self.root = root
        self.student = student
        self.jobs: dict[str, GradeJob] = {}
        self._lock = threading.Lock()

    def lesson_of(self, notebook_path: str) -> tuple[str, Path, str | None]:
        """The lesson a notebook (path under the course root) belongs to, its folder, and the
        question it is when the lesson is a practice set (one question is graded at a time)."""
        path = (self.root / notebook_path).resolve()
        if not path.is_relative_to(self.root) or path.suffix != ".ipynb":
            raise CourseError(f"{notebook_path} is not a notebook of the course.")
        known = lessons(self.root)
        if is_practice_set(path.parent.name) and path.parent.name in known:
            return path.parent.name, path.parent, path.stem
        for candidate in (path.parent.name, path.stem):
            if candidate in known:
                return candidate, path.parent, None
        raise CourseError(
            f"{notebook_path} is not one of the course's lessons ({', '.join(known)}): open "
            "your copy in notebooks/<lesson>/ and grade it there."
        )

    def start(self, notebook_path: str) -> GradeJob:
        lesson, folder, question = self.lesson_of(notebook_path)
        with self._lock:
            for job in self.jobs.values():
                # One grading of a lesson (or practice set) at a time: both would write its
                # submitted/, autograded/ and feedback/ folders.
                if job.lesson == lesson and job.state == "running":
                    return job
            job = GradeJob(lesson, question=question or "")
            self.jobs[job.id] = job
        command = [sys.executable, "-m", "mlinterview.cli", "grade", lesson, "--events"]
        command += ["--student", self.student, "--notebooks", str(folder)]
        command += ["--question", question] if question else []
        process = subprocess.Popen(
            command,
            cwd=self.root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        threading.Thread(target=self._follow, args=(job, process), daemon=True).start()
        return job

    def _follow(self, job: GradeJob, process: subprocess.Popen) -> None:
        errors: list[str] = []
        reader = threading.Thread(target=lambda: errors.extend(process.stderr), daemon=True)
        reader.start()
        for line in process.stdout:
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                continue  # a stray print of a library; the events are what matter
            if event.get("event") == "done":
                job.report = event.get("report")
                html = Path(event.get("html", ""))
                job.html = str(html.relative_to(self.root)) if html.is_absolute() else ""
            elif event.get("event") == "error":
                job.error = event.get("message", "")
            job.events.append({k: v for k, v in event.items() if k != "report"})
        process.wait()
        reader.join(timeout=5)
        if process.returncode == 0 and job.report is not None:
            job.state = "done"
        else:
            job.error = job.error or "".join(errors[-ERROR_TAIL:]) or "grading stopped."
            job.state = "failed"

    def solution(self, notebook_path: str) -> dict[str, Any]:
        """``mlinterview solution SET QUESTION --json`` for a practice question's notebook."""
        lesson, _, question = self.lesson_of(notebook_path)
        if question is None:
            raise CourseError(
                "Only practice questions have a reference to show: grade a lesson to see its "
                "report."
            )
        command = [sys.executable, "-m", "mlinterview.cli", "solution", lesson, question]
        command += ["--json", "--student", self.student]
        done = subprocess.run(command, cwd=self.root, capture_output=True, text=True)
        if done.returncode != 0:
            raise CourseError(done.stderr.strip().removeprefix("mlinterview: "))
        return json.loads(done.stdout)

    # --- The mock interview's clock ---------------------------------------------------------

    def mock_state(self) -> dict[str, Any]:
        running = mock.in_progress(self.root)
        if running:
            record, folder = running[0]
            return mock.clock_state(self.root, folder, record)
        return {"active": False, "mocks": mock.status(self.root, self.student)}

    def mock_start(self, name: str | None, minutes: int | None) -> dict[str, Any]:
        record, folder, archived = mock.start_in_course(
            self.root, self.student, name or None, minutes
        )
        kept = (
            f" Your earlier attempt is kept in {archived.relative_to(self.root)}/."
            if archived
            else ""
        )
        message = f"{record.title}: {record.limit_minutes} minutes from now. Stage 1 is open.{kept}"
        return {**mock.clock_state(self.root, folder, record), "message": message}

    def mock_next(self) -> dict[str, Any]:
        running = mock.in_progress(self.root)
        if not running:
            raise CourseError("No mock interview is in progress.")
        _, folder = running[0]
        record, number = mock.reveal_next(folder, "moved on")
        message = mock.move_on_message(record, number, submit="Submit it with Grade.")
        return {
            **mock.clock_state(self.root, folder, record),
            "revealed": number,
            "message": message,
        }


class _Handler(APIHandler):
    @property
    def grader(self) -> Grader:
        return self.settings["mlinterview_grader"]


class GradeHandler(_Handler):
    @web.authenticated
    def post(self) -> None:
        body = self.get_json_body() or {}
        try:
            job = self.grader.start(str(body.get("path", "")))
        except CourseError as error:
            raise web.HTTPError(400, str(error)) from None
        self.finish(json.dumps(job.as_dict()))


class JobHandler(_Handler):
    @web.authenticated
    def get(self, job_id: str) -> None:
        job = self.grader.jobs.get(job_id)
        if job is None:
            raise web.HTTPError(404, f"no grading job {job_id}")
        self.finish(json.dumps(job.as_dict()))


class SolutionHandler(_Handler):
    @web.authenticated
    def get(self) -> None:
        try:
            shown = self.grader.solution(self.get_argument("path", ""))
        except CourseError as error:
            raise web.HTTPError(400, str(error)) from None
        self.finish(json.dumps(shown))


class MockHandler(_Handler):
    @web.authenticated
    def get(self) -> None:
        self.finish(json.dumps(self.grader.mock_state()))


class MockActionHandler(_Handler):
    @web.authenticated
    def post(self, action: str) -> None:
        body = self.get_json_body() or {}
        try:
            if action == "start":
                minutes = body.get("minutes")
                state = self.grader.mock_start(body.get("mock"), int(minutes) if minutes else None)
            else:
                state = self.grader.mock_next()
        except (CourseError, ValueError) as error:
            raise web.HTTPError(400, str(error)) from None
        self.finish(json.dumps(state))


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "mlinterview.labserver"}]


def _load_jupyter_server_extension(server_app: Any) -> None:
    try:
        root = find_course_root(server_app.root_dir)
    except CourseError as error:
        server_app.log.warning("mlinterview: grading from JupyterLab is off: %s", error)
        return
    web_app = server_app.web_app
    web_app.settings["mlinterview_grader"] = Grader(root)
    base = url_path_join(web_app.settings["base_url"], "mlinterview")
    web_app.add_handlers(
        ".*$",
        [
            (url_path_join(base, "grade"), GradeHandler),
            (url_path_join(base, "grade", r"([0-9a-f]+)"), JobHandler),
            (url_path_join(base, "solution"), SolutionHandler),
            (url_path_join(base, "mock"), MockHandler),
            (url_path_join(base, "mock", r"(start|next)"), MockActionHandler),
        ],
    )
    server_app.log.info("mlinterview: grading from JupyterLab for the course at %s", root)
