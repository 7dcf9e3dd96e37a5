"""jupyter-config/: what `mlinterview lab` (`make lab`) gives a learner and an instructor, without
starting JupyterLab (the README's "JupyterLab for a learner" says how it was checked live)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from traitlets.config.loader import PyFileConfigLoader

REPO = Path(__file__).resolve().parents[1]
CONFIG = REPO / "jupyter-config"
NBGRADER_LAB = Path(sys.prefix) / "share" / "jupyter" / "labextensions" / "@jupyter" / "nbgrader"


def _server_config(monkeypatch, role: str | None):
    if role is None:
        monkeypatch.delenv("MLINTERVIEW_ROLE", raising=False)
    else:
        monkeypatch.setenv("MLINTERVIEW_ROLE", role)
    return PyFileConfigLoader("jupyter_server_config.py", path=str(CONFIG)).load_config()


@pytest.mark.parametrize("role", [None, "learner", "instructor"])
def test_nbgrader_server_extensions_follow_the_role(monkeypatch, role):
    extensions = _server_config(monkeypatch, role).ServerApp.jpserver_extensions
    instructor = role == "instructor"
    assert extensions["nbgrader.server_extensions.validate_assignment"] is True
    assert extensions["mlinterview.labserver"] is True
    for name in ("formgrader", "assignment_list", "course_list"):
        assert extensions[f"nbgrader.server_extensions.{name}"] is instructor


def test_a_learner_sees_no_instructor_panel_but_keeps_validate():
    disabled = json.loads((CONFIG / "learner" / "labconfig" / "page_config.json").read_text())
    plugins = set()
    for script in (NBGRADER_LAB / "static").glob("*.js"):
        plugins |= set(re.findall(r'"(@jupyter/nbgrader:[a-z-]+)"', script.read_text()))
    if not plugins:
        pytest.skip(f"nbgrader's lab extension is not installed in {NBGRADER_LAB}")
    hidden = {name for name, off in disabled["disabledExtensions"].items() if off}
    assert hidden == plugins - {"@jupyter/nbgrader:validate-assignment"}


def test_a_terminal_finds_mlinterview_although_the_login_shell_resets_path(monkeypatch):
    """The exact command JupyterLab starts for a terminal, fed a command on its stdin, with a
    PATH that lacks this environment (as /etc/profile leaves it)."""
    config = _server_config(monkeypatch, None)
    command = config.ServerApp.terminado_settings["shell_command"]
    bin_dir = str(Path(sys.executable).parent)
    assert command[1:3] == ["-l", "-c"] and bin_dir in command[3]
    bare = {**os.environ, "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        command, input="command -v mlinterview\nexit\n", env=bare, capture_output=True, text=True
    )
    assert str(Path(bin_dir) / "mlinterview") in result.stdout.splitlines(), result
