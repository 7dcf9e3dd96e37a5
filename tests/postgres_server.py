"""A real PostgreSQL server for the tests: Debian's ``initdb`` and ``pg_ctl`` in a temporary
folder, on a loopback port, stopped after. As root (CI's containers), the server runs as the
``postgres`` user, since PostgreSQL refuses to run as root."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

#: Where Debian's package puts the server's programs (not on PATH there).
DEBIAN_BIN = "/usr/lib/postgresql/*/bin"
USER = "mlinterview"


def server_programs() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    folders = sorted(glob.glob(DEBIAN_BIN), key=lambda p: int(Path(p).parent.name))
    return Path(folders[-1]) if folders else None


def missing_reason() -> str | None:
    """Why a PostgreSQL server cannot be started here, or None when it can."""
    if server_programs() is None:
        return "PostgreSQL's server is not installed (.ci/run installs Debian's postgresql)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (make test installs the `postgres` extra)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a `postgres` user to run the server as"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A running server: ``database(name)`` creates an empty database and returns its URL."""

    def __init__(self, port: int) -> None:
        self.port = port

    def database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=USER, dbname="postgres",
                             autocommit=True) as connection:  # fmt: skip
            connection.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{name}"


@contextlib.contextmanager
def running_postgres() -> Iterator[Server]:
    """Start a server with its data in a new temporary folder (pytest's are private to root,
    out of the ``postgres`` user's reach); stop it and delete the folder after."""
    programs = server_programs()
    assert programs is not None, missing_reason()
    folder = Path(tempfile.mkdtemp(prefix="mlinterview-postgres-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(folder, account.pw_uid, account.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", _free_port()

    def run(*command: str, check: bool = True) -> None:
        subprocess.run([*run_as, *command], check=check, capture_output=True, text=True)

    run(str(programs / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8")
    # fsync off: a test's database need not survive a power cut, and it is several times faster.
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    try:
        run(str(programs / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
            "-w", "start")  # fmt: skip
        yield Server(port)
    finally:
        run(str(programs / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(folder, ignore_errors=True)
