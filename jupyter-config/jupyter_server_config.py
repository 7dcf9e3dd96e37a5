"""JupyterLab's settings for the course: `mlinterview lab` (what `make lab` runs) points
JUPYTER_CONFIG_PATH at this folder, and for a learner (the default role) also at learner/,
whose labconfig/page_config.json hides nbgrader's instructor panels (the Nbgrader menu, the
Assignment and Course lists, the Formgrader, Create Assignment); nbgrader's Validate button stays.

With conda or Binder, start JupyterLab from the course root as
`JUPYTER_CONFIG_PATH=jupyter-config/learner:jupyter-config jupyter lab` (a learner) or
`MLINTERVIEW_ROLE=instructor JUPYTER_CONFIG_PATH=jupyter-config jupyter lab` (an instructor).
"""

import os
import shlex
import sys
from pathlib import Path

import mlinterview

c = get_config()  # noqa: F821 (Jupyter injects get_config)

#: "learner" (the default) or "instructor": `mlinterview lab --role` sets it.
ROLE = os.environ.get("MLINTERVIEW_ROLE", "learner")
INSTRUCTOR = ROLE == "instructor"

# The course's extension: the Grade button (frontend, shipped built) and its endpoints. nbgrader's
# server extensions behind the instructor panels are off for a learner (their frontends are off
# in learner/labconfig); its Validate endpoint stays on for everyone.
c.ServerApp.jpserver_extensions = {
    "mlinterview.labserver": True,
    "nbgrader.server_extensions.validate_assignment": True,
    "nbgrader.server_extensions.formgrader": INSTRUCTOR,
    "nbgrader.server_extensions.assignment_list": INSTRUCTOR,
    "nbgrader.server_extensions.course_list": INSTRUCTOR,
}
c.LabApp.extra_labextensions_path = [str(Path(mlinterview.__file__).parent / "labextensions")]


def terminal_command(shell: str, bin_dir: str) -> list[str]:
    """A login shell, as JupyterLab's terminals start one, with this environment's commands
    (mlinterview, nbgrader, jupyter) first on its PATH.

    A login shell reads /etc/profile, which on many systems sets PATH afresh: the PATH JupyterLab
    was started with is lost. So the login shell only reads the profiles, puts the environment
    back in front and hands over to an interactive shell (which reads ~/.bashrc or ~/.zshrc).
    """
    name = Path(shell).name
    if name == "fish":
        then = f"set -gx PATH {shlex.quote(bin_dir)} $PATH; exec {shlex.quote(shell)} -i"
    else:  # POSIX shells: sh, bash, zsh, dash, ksh
        then = f'PATH={shlex.quote(bin_dir)}:"$PATH"; export PATH; exec {shlex.quote(shell)} -i'
    return [shell, "-l", "-c", then]


c.ServerApp.terminado_settings = {
    "shell_command": terminal_command(
        os.environ.get("SHELL") or "/bin/sh", str(Path(sys.executable).parent)
    )
}
