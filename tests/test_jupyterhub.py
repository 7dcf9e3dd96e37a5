"""A class on a real JupyterHub (deploy/jupyterhub/): two learners and an instructor.

The test starts the hub from the repository's configuration on loopback, with its own proxy
(configurable-http-proxy from npm) and Unix accounts made for the run (removed after), and
then, through the hub's REST API and each user's own server, runs the class's loop: the
instructor releases a lesson through the formgrader service; both learners fetch it, one solves
it, both submit; the instructor collects; ``mlinterview autograde`` grades as the grading
account (in the sandbox); the formgrader generates and releases feedback; each learner fetches
their own feedback and cannot read the other's.

Needs root (the spawner starts servers as other users), ``useradd``, JupyterHub (the ``hub``
extra) and the proxy (``npm ci`` in deploy/jupyterhub); skipped without them, saying why,
except where ``MLINTERVIEW_REQUIRE_SYSTEM_PACKAGES=1`` (``.ci/run``).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

import nbformat
import pytest
import system_packages
from course_harness import REPO
from test_hostile import solved_copy

from mlinterview.course import ensure_gradebook

pytestmark = pytest.mark.course
LESSON = "01-interview-framework"
COURSE = "ml-coding-interview"
DEPLOY = REPO / "deploy" / "jupyterhub"
PROXY = DEPLOY / "node_modules" / ".bin" / "configurable-http-proxy"


def _missing() -> str | None:
    if not sys.platform.startswith("linux"):
        return "JupyterHub's local spawner test needs Linux"
    if os.geteuid() != 0:
        return "run as root: the hub starts each user's server as that user"
    if not shutil.which("useradd") or not shutil.which("runuser"):
        return "useradd and runuser (Debian's passwd and util-linux) are needed"
    try:
        import jupyterhub  # noqa: F401
    except ImportError:
        return 'JupyterHub is not installed: pip install -e ".[hub]" (make test does)'
    if not PROXY.exists():
        return "configurable-http-proxy is not installed: npm ci --prefix deploy/jupyterhub"
    return None


system_packages.require(_missing(), "The JupyterHub class test")

import requests  # noqa: E402 (JupyterHub's own dependency: present once the check above passed)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run(*command: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def _as(user: str, *command: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["runuser", "-u", user, "--", *command], capture_output=True, text=True, cwd=cwd
    )


def _python_for_everyone(folder: Path, probe_user: str) -> str:
    """An interpreter with the course installed that every account can run (a real class
    installs one, e.g. in /opt). The test's own may live in root's home (pyenv), which other
    accounts cannot enter: then its base installation is linked, file by file, into ``folder``
    (without its site-packages), a .pth file there adds this environment's packages, and a small
    script runs it with its shared library found where it now is."""
    if _as(probe_user, sys.executable, "-c", "import mlinterview").returncode == 0:
        return sys.executable

    def link(source: str, target: str) -> None:
        try:
            os.link(source, target)
        except OSError:  # another file system
            shutil.copy2(source, target)

    copy = folder / "python"
    shutil.copytree(
        sys.base_prefix,
        copy,
        symlinks=True,
        copy_function=link,
        ignore=shutil.ignore_patterns("site-packages", "test", "tests", "idlelib", "tkinter"),
    )
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    site = copy / "lib" / version / "site-packages"
    site.mkdir()
    packages = sysconfig.get_paths()["purelib"]
    (site / "mlinterview_course.pth").write_text(f"import site; site.addsitedir({packages!r})\n")
    for shared in ("etc/jupyter", "share/jupyter"):  # server extensions enabled, lab's assets
        (copy / shared).parent.mkdir(parents=True, exist_ok=True)
        if not (copy / shared).exists():
            (copy / shared).symlink_to(Path(sys.prefix) / shared)
    python = copy / "bin" / "course-python"
    library, binary = copy / "lib", copy / "bin" / version
    python.write_text(f'#!/bin/sh\nexport LD_LIBRARY_PATH="{library}"\nexec "{binary}" "$@"\n')
    python.chmod(0o755)
    folder.chmod(0o755)
    probe = _as(probe_user, str(python), "-c", "import mlinterview, jupyterhub, nbgrader, bs4")
    assert probe.returncode == 0, probe.stderr
    return str(python)


class Hub:
    """The hub's URL, an admin token for its REST API, and a token per user."""

    def __init__(self, url: str, admin_token: str, log: Path):
        self.url = url
        self.log = log
        self.admin = {"Authorization": f"token {admin_token}"}
        self.tokens: dict[str, str] = {}

    def log_tail(self) -> str:
        """The end of the hub's log (its proxy's, servers' and service's too), for failures."""
        return self.log.read_text(errors="replace")[-6000:]

    def api(self, method: str, path: str, **kwargs) -> requests.Response:
        response = requests.request(
            method, f"{self.url}/hub/api{path}", headers=self.admin, timeout=60, **kwargs
        )
        assert response.status_code < 400, (path, response.status_code, response.text)
        return response

    def log_in(self, user: str) -> None:
        """A token for ``user`` (its scopes are the user's own) and its server, started."""
        made = self.api("POST", f"/users/{user}/tokens", json={"note": "test"})
        self.tokens[user] = made.json()["token"]
        self.api("POST", f"/users/{user}/server")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            server = self.api("GET", f"/users/{user}").json()["servers"].get("", {})
            if server.get("ready"):
                return
            time.sleep(0.5)
        raise AssertionError(f"{user}'s server did not start in 120 s")

    def as_user(self, user: str, method: str, path: str, **kwargs) -> requests.Response:
        headers = {"Authorization": f"token {self.tokens[user]}"}
        return requests.request(method, f"{self.url}{path}", headers=headers, timeout=120, **kwargs)


@pytest.fixture(scope="module")
def classroom_hub():
    base = Path(tempfile.mkdtemp(prefix="mlinterview-hub-", dir="/tmp"))
    base.chmod(0o755)  # the users' homes are inside
    tag = secrets.token_hex(3)
    instructor, ada, ben, grader = (f"mli{tag}{role}" for role in ("i", "a", "b", "g"))
    users = [instructor, ada, ben, grader]
    hub_process = None
    try:
        (base / "home").mkdir(mode=0o755)
        for user in users:
            _run("useradd", "--create-home", "--home-dir", str(base / "home" / user), user)
            (base / "home" / user).chmod(0o700)
        python = _python_for_everyone(base, ada)
        course = base / "home" / grader / "course"
        course.mkdir()
        shutil.copy2(REPO / "nbgrader_config.py", course)
        for folder in ("source", "release"):
            shutil.copytree(REPO / folder, course / folder)
        ensure_gradebook(course, LESSON)
        _run("chown", "-R", f"{grader}:{grader}", str(course))
        exchange = base / "exchange"
        exchange.mkdir()
        exchange.chmod(0o1777)  # nbgrader's shared exchange: everyone writes, sticky
        state = base / "state"
        state.mkdir(mode=0o700)
        port, admin_token, password = _free_port(), secrets.token_hex(16), secrets.token_hex(8)
        env = {
            **os.environ,
            "MLINTERVIEW_INSTRUCTORS": instructor,
            "MLINTERVIEW_LEARNERS": f"{ada},{ben}",
            "MLINTERVIEW_GRADER": grader,
            "MLINTERVIEW_COURSE_DIR": str(course),
            "MLINTERVIEW_EXCHANGE": str(exchange),
            "MLINTERVIEW_HUB_STATE": str(state),
            "MLINTERVIEW_PYTHON": python,
            "MLINTERVIEW_HUB_URL": f"http://127.0.0.1:{port}",
            "MLINTERVIEW_HUB_API_PORT": str(_free_port()),
            "MLINTERVIEW_PROXY_API_PORT": str(_free_port()),
            "MLINTERVIEW_FORMGRADER_PORT": str(_free_port()),
            "MLINTERVIEW_HUB_TEST_PASSWORD": password,
            "MLINTERVIEW_HUB_ADMIN_TOKEN": admin_token,
        }
        log = (base / "hub.log").open("w")
        hub_process = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(DEPLOY / "jupyterhub_config.py")],
            cwd=state,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        hub = Hub(f"http://127.0.0.1:{port}", admin_token, base / "hub.log")
        _wait_for(hub, hub_process, base / "hub.log")
        yield {
            "hub": hub,
            "password": password,
            "users": {"instructor": instructor, "ada": ada, "ben": ben, "grader": grader},
            "course": course,
            "exchange": exchange,
            "python": python,
            "base": base,
        }
    finally:
        if hub_process is not None:
            hub_process.terminate()  # the hub stops the proxy, the servers and the service
            try:
                hub_process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                hub_process.kill()
        for user in users:
            subprocess.run(["pkill", "-KILL", "-u", user], capture_output=True)
            subprocess.run(["userdel", "--remove", user], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def _wait_for(hub: Hub, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the hub exited:\n{log.read_text()[-4000:]}")
        try:
            if requests.get(f"{hub.url}/hub/api/", timeout=5).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"the hub did not answer in 90 s:\n{log.read_text()[-4000:]}")


def _formgrader(hub: Hub, user: str, action: str, **kwargs) -> requests.Response:
    path = f"/services/{COURSE}/formgrader/api/assignment/{LESSON}/{action}"
    return hub.as_user(user, "POST", path, **kwargs)


def _assignments(hub: Hub, user: str, action: str) -> requests.Response:
    params = {"course_id": COURSE, "assignment_id": LESSON}
    response = hub.as_user(user, "POST", f"/user/{user}/assignments/{action}", params=params)
    assert response.status_code == 200, (action, user, response.status_code, response.text)
    return response


def test_login_takes_the_password(classroom_hub):
    hub, ada = classroom_hub["hub"], classroom_hub["users"]["ada"]
    for password, accepted in ((classroom_hub["password"], True), ("wrong", False)):
        session = requests.Session()
        page = session.get(f"{hub.url}/hub/login", timeout=30)
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page.text).group(1)
        response = session.post(
            f"{hub.url}/hub/login",
            data={"username": ada, "password": password, "_xsrf": xsrf},
            allow_redirects=False,
            timeout=30,
        )
        assert (response.status_code == 302) == accepted, (password, response.status_code)


def test_a_class_runs_on_the_hub(classroom_hub):
    hub, users = classroom_hub["hub"], classroom_hub["users"]
    instructor, ada, ben, grader = (users[k] for k in ("instructor", "ada", "ben", "grader"))
    for user in (instructor, ada, ben):
        hub.log_in(user)

    # Only the instructors may open the formgrader.
    refused = _formgrader(hub, ada, "release")
    assert refused.status_code == 403, (refused.status_code, refused.text, hub.log_tail())
    released = _formgrader(hub, instructor, "release")
    assert released.status_code == 200 and released.json()["success"], released.text

    # Each learner fetches through their own server; Ada solves it, Ben hands in the release.
    for learner in (ada, ben):
        listed = _assignments(hub, learner, "fetch").json()
        fetched = [a for a in listed["value"] if a["status"] == "fetched"]
        assert listed["success"] and [a["assignment_id"] for a in fetched] == [LESSON], listed
    solved = solved_copy(classroom_hub["course"], LESSON)
    contents = f"/user/{ada}/api/contents/{LESSON}/{LESSON}.ipynb"
    model = {"type": "notebook", "content": json.loads(nbformat.writes(solved))}
    saved = hub.as_user(ada, "PUT", contents, json=model)
    assert saved.status_code == 200, saved.text
    for learner in (ada, ben):
        _assignments(hub, learner, "submit")

    collected = _formgrader(hub, instructor, "collect")
    assert collected.status_code == 200 and collected.json()["success"], collected.text
    course, python = classroom_hub["course"], classroom_hub["python"]
    graded = _as(grader, python, "-m", "mlinterview.cli", "autograde", LESSON, cwd=course)
    assert graded.returncode == 0, graded.stdout + graded.stderr
    assert "without the sandbox" not in graded.stdout, graded.stdout  # graded in the sandbox
    for action in ("generate_feedback", "release_feedback"):
        done = _formgrader(hub, instructor, action)
        assert done.status_code == 200 and done.json()["success"], done.json().get("log")

    # Each learner fetches their own feedback, and only that.
    pages = {}
    for learner in (ada, ben):
        _assignments(hub, learner, "fetch_feedback")
        folder = hub.as_user(learner, "GET", f"/user/{learner}/api/contents/{LESSON}/feedback")
        assert folder.status_code == 200, folder.text
        (attempt,) = folder.json()["content"]  # one submission, one feedback folder
        page = f"{attempt['path']}/{LESSON}.html"
        got = hub.as_user(learner, "GET", f"/user/{learner}/api/contents/{page}")
        assert got.status_code == 200, got.text
        pages[learner] = (page, got.json()["content"])
    total = re.compile(r"Total (\d+) / 21 points")
    totals = {learner: total.findall(text) for learner, (_, text) in pages.items()}
    assert totals == {ada: ["18"], ben: ["0"]}, totals  # each page is its learner's own
    home = classroom_hub["base"] / "home"
    ada_page = home / ada / pages[ada][0]
    assert ada_page.exists()
    stolen = _as(ben, "cat", str(ada_page))
    assert stolen.returncode != 0 and "Permission denied" in stolen.stderr
    listing = _as(ben, "ls", str(classroom_hub["exchange"] / COURSE / "feedback"))
    assert listing.returncode != 0 and "Permission denied" in listing.stderr
    inbound = _as(ben, "ls", str(classroom_hub["exchange"] / COURSE / "inbound"))
    assert inbound.returncode != 0 and "Permission denied" in inbound.stderr
    # Through his own server the contents API stops at his home.
    other = hub.as_user(ben, "GET", f"/user/{ben}/api/contents/../{ada}")
    assert other.status_code in (403, 404)
