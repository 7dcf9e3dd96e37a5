"""JupyterHub for a class of the course on one machine: learners and instructors log in, each
gets their own JupyterLab, and the formgrader runs as the course's grading account, a service
that only the instructors may open (nbgrader's setup for JupyterHub: a course group
``nbgrader-COURSE``, a grader group ``formgrade-COURSE``, one exchange folder for everyone).

Run as root (the spawner starts each user's server as that user):
``jupyterhub -f deploy/jupyterhub/jupyterhub_config.py``. Everything that differs between
classes comes from the environment (deploy/jupyterhub/README.md lists it with its defaults);
``tests/test_jupyterhub.py`` starts this file on loopback with test users.
"""

import os
import sys
from pathlib import Path

c = get_config()  # noqa: F821 (JupyterHub injects get_config)
HERE = Path(__file__).resolve().parent


def _names(variable: str) -> list[str]:
    return [name.strip() for name in os.environ.get(variable, "").split(",") if name.strip()]


COURSE = os.environ.get("MLINTERVIEW_COURSE_ID", "ml-coding-interview")
INSTRUCTORS = _names("MLINTERVIEW_INSTRUCTORS")
LEARNERS = _names("MLINTERVIEW_LEARNERS")
#: The Unix account that owns the course folder and runs the formgrader; not a hub user.
GRADER = os.environ.get("MLINTERVIEW_GRADER", f"grader-{COURSE}")
COURSE_DIR = os.environ.get("MLINTERVIEW_COURSE_DIR", f"/home/{GRADER}/{COURSE}")
EXCHANGE = os.environ.get("MLINTERVIEW_EXCHANGE", "/srv/nbgrader/exchange")
STATE = Path(os.environ.get("MLINTERVIEW_HUB_STATE", "/srv/jupyterhub"))
#: The Python every user's server runs: an environment with the course installed that every
#: account can read (for example /opt/mlinterview/bin/python), not one in root's home.
PYTHON = os.environ.get("MLINTERVIEW_PYTHON", sys.executable)
SERVER = [PYTHON, "-m", "jupyterhub.singleuser"]
SHARED = {
    "MLINTERVIEW_COURSE_ID": COURSE,
    "MLINTERVIEW_EXCHANGE": EXCHANGE,
    "PATH": os.pathsep.join([str(Path(PYTHON).parent), "/usr/local/bin", "/usr/bin", "/bin"]),
}

# --- Network: the public proxy, the hub's own API on loopback -----------------------------
c.JupyterHub.bind_url = os.environ.get("MLINTERVIEW_HUB_URL", "http://:8000")
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ.get("MLINTERVIEW_HUB_API_PORT", "8081"))
c.ConfigurableHTTPProxy.api_url = (
    f"http://127.0.0.1:{os.environ.get('MLINTERVIEW_PROXY_API_PORT', '8001')}"
)
proxy = HERE / "node_modules" / ".bin" / "configurable-http-proxy"  # npm ci in this folder
if proxy.exists():
    c.ConfigurableHTTPProxy.command = [str(proxy)]
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = str(STATE / "jupyterhub-proxy.pid")

# --- Who may log in ----------------------------------------------------------------------
# PAM: the machine's own accounts and passwords. For a class, swap in the institution's
# login, e.g. c.JupyterHub.authenticator_class = "generic-oauth" (pip install oauthenticator)
# or an LMS through LTI (pip install jupyterhub-ltiauthenticator); the user names it gives must
# be Unix accounts here, as the spawner starts each server as that account.
password = os.environ.get("MLINTERVIEW_HUB_TEST_PASSWORD")
if password:  # tests only: one shared password, no system accounts' passwords
    c.JupyterHub.authenticator_class = "dummy"
    c.DummyAuthenticator.password = password
else:
    c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allowed_users = set(INSTRUCTORS + LEARNERS)

# --- nbgrader's groups and what they may do ------------------------------------------------
c.JupyterHub.load_groups = {
    f"formgrade-{COURSE}": {"users": INSTRUCTORS},
    f"nbgrader-{COURSE}": {"users": INSTRUCTORS + LEARNERS},
}
c.JupyterHub.load_roles = [
    {  # the formgrader, for the instructors
        "name": f"formgrade-{COURSE}",
        "groups": [f"formgrade-{COURSE}"],
        "scopes": [f"access:services!service={COURSE}"],
    },
    {  # nbgrader's course list finds the course through the hub's services
        "name": f"nbgrader-{COURSE}",
        "groups": [f"nbgrader-{COURSE}"],
        "scopes": ["list:services", f"read:services!service={COURSE}"],
    },
    {"name": "server", "scopes": ["inherit"]},  # a server may ask the hub what its user may
]

# --- Each user's server: JupyterLab with the course, no formgrader -------------------------
c.Spawner.cmd = SERVER
c.Spawner.default_url = "/lab"
c.Spawner.environment = {
    **SHARED,
    "JUPYTER_CONFIG_PATH": os.pathsep.join(
        [str(HERE / "config" / "learners"), str(HERE / "config" / "common")]
    ),
}

# --- The formgrader: a service running as the grading account in the course folder ---------
services = [
    {
        "name": COURSE,
        "url": f"http://127.0.0.1:{os.environ.get('MLINTERVIEW_FORMGRADER_PORT', '9999')}",
        "command": SERVER,
        "user": GRADER,
        "cwd": COURSE_DIR,
        "environment": {
            **SHARED,
            "JUPYTER_CONFIG_PATH": str(HERE / "config" / "common"),
            "JUPYTERHUB_DEFAULT_URL": "/lab",
        },
        "oauth_no_confirm": True,
    }
]
admin_token = os.environ.get("MLINTERVIEW_HUB_ADMIN_TOKEN")
if admin_token:  # tests (and scripts): start servers and make tokens through the REST API
    services.append({"name": "mlinterview-admin", "api_token": admin_token})
    c.JupyterHub.load_roles.append(
        {
            "name": "mlinterview-admin",
            "services": ["mlinterview-admin"],
            "scopes": ["admin:users", "admin:servers", "tokens", "read:hub"],
        }
    )
c.JupyterHub.services = services
