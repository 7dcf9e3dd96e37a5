"""JupyterLab's settings for the course: `mlinterview lab` (what `make lab` runs) points
JUPYTER_CONFIG_PATH at this folder.

With conda or Binder, start JupyterLab from the course root as
`JUPYTER_CONFIG_PATH=jupyter-config jupyter lab`.
"""

from pathlib import Path

import mlinterview

c = get_config()  # noqa: F821 (Jupyter injects get_config)

# The course's extension: the Grade button (frontend, shipped built) and its endpoints.
c.ServerApp.jpserver_extensions = {"mlinterview.labserver": True}
c.LabApp.extra_labextensions_path = [str(Path(mlinterview.__file__).parent / "labextensions")]
