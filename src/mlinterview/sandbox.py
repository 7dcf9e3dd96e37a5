"""A sandbox for the kernel that grades an untrusted submission (Linux, with bubblewrap).

The grading kernel runs as the grading user, so without a sandbox a submission can read every
solution and hidden test in ``source/``, the gradebook and other students' work, write anywhere
the instructor can, and reach the network. In the sandbox (``bwrap``) the kernel sees only:

- the system's programs and libraries (``/usr``, ``/lib``...) and a few files of ``/etc``;
- the Python environment it imports from (its ``sys.path``, its prefixes), read-only;
- the submission's own folder, read-only (nbgrader runs the notebook there);
- a private ``/tmp`` (a small tmpfs) and a private folder for its connection file and sockets.

The course folder is hidden (an empty tmpfs over it) before the environment and the
submission's folder are bound back, so a virtual environment inside the course (``make lab``'s
``.venv``) still works while ``source/``, the gradebook and other students do not exist.
The kernel also gets its own network namespace (no network: it talks to the grader through
Unix sockets, jupyter_client's ``ipc`` transport), its own process namespace (it cannot see or
signal the grader), no capabilities, and it dies with the grader.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

#: Files of /etc a Python kernel reads: the dynamic linker, users, time zone, fonts.
ETC_FILES = (
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/alternatives",
    "/etc/passwd",
    "/etc/group",
    "/etc/nsswitch.conf",
    "/etc/localtime",
    "/etc/fonts",
    "/etc/mime.types",
)
SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/opt")
#: Size of the kernel's private /tmp: room for scratch files, not for filling the memory.
TMP_BYTES = 256 * 1024 * 1024
INSTALL_HINT = "install bubblewrap (Debian and Ubuntu: `sudo apt install bubblewrap`)"


@functools.cache
def unavailable_reason() -> str | None:
    """Why the sandbox cannot run on this machine, or None when it can."""
    if not sys.platform.startswith("linux"):
        return f"the grading sandbox needs Linux; this is {sys.platform}"
    if shutil.which("bwrap") is None:
        return f"bubblewrap (`bwrap`) is not installed: {INSTALL_HINT}"
    probe = ["bwrap", "--ro-bind", "/", "/", "--unshare-all", "--die-with-parent", "true"]
    try:
        done = subprocess.run(probe, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"bubblewrap could not start: {error}"
    if done.returncode != 0:
        said = done.stderr.strip() or f"exit status {done.returncode}"
        return (
            f"bubblewrap cannot create its namespaces here ({said}); user namespaces may be "
            "disabled (kernel.unprivileged_userns_clone, or a container that forbids them)"
        )
    return None


@functools.cache
def _python_paths(python: str, pythonpath: str) -> tuple[str, ...]:
    """The folders ``python`` imports from (its prefixes and ``sys.path``, .pth files and
    PYTHONPATH included), asked of the interpreter itself, as the kernel will start it."""
    code = (
        "import json, sys; "
        "print(json.dumps([sys.prefix, sys.base_prefix, sys.exec_prefix, *sys.path]))"
    )
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run(
        [python, "-c", code], capture_output=True, text=True, cwd="/", env=env, check=True
    )
    paths = [p for p in json.loads(done.stdout) if p and p != "/"]
    return tuple(dict.fromkeys(paths))


def environment_paths(kernel_command: list[str], env: dict[str, str]) -> list[Path]:
    """The existing folders of the kernel's Python environment, and of this package (an
    editable install may find it through an import hook rather than ``sys.path``)."""
    python = kernel_command[0] if kernel_command else sys.executable
    paths = [Path(p) for p in _python_paths(python, env.get("PYTHONPATH", ""))]
    paths.append(Path(__file__).resolve().parent)
    existing = [p for p in paths if p.exists()]
    return [p.parent if p.is_file() else p for p in existing]  # a zip on sys.path


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def command(
    kernel_command: list[str],
    *,
    folder: Path,
    private: Path,
    course_root: Path | None,
    env: dict[str, str],
) -> list[str]:
    """``bwrap [...] -- kernel_command``: the kernel in ``folder`` (read-only), with
    ``private`` (its connection file and sockets) read-write, the course hidden."""
    folder, private = folder.resolve(), private.resolve()
    hidden = course_root.resolve() if course_root else folder.parent.parent.parent
    args = ["bwrap", "--unshare-all", "--unshare-user", "--die-with-parent", "--cap-drop", "ALL"]
    args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/dev/shm"]
    args += ["--size", str(TMP_BYTES), "--tmpfs", "/tmp"]
    for name in SYSTEM_DIRS:
        if os.path.islink(name):  # merged /usr: /bin -> usr/bin
            args += ["--symlink", os.readlink(name), name]
        elif os.path.isdir(name):
            args += ["--ro-bind", name, name]
    for name in ETC_FILES:
        args += ["--ro-bind-try", name, name]
    environment = environment_paths(kernel_command, env)
    for path in environment:  # what lies outside the course; the course is hidden next
        if not _inside(path, hidden):
            args += ["--ro-bind", str(path), str(path)]
    args += ["--tmpfs", str(hidden)]
    for path in environment:  # a virtual environment or package inside the course
        if _inside(path, hidden) and path != hidden:
            args += ["--ro-bind", str(path), str(path)]
    args += ["--ro-bind", str(folder), str(folder), "--bind", str(private), str(private)]
    # Read-only once the binds are made in it: a write in the course fails as it would outside.
    args += ["--remount-ro", str(hidden)]
    home = "/tmp/home"
    args += ["--dir", home, "--chdir", str(folder)]
    args += ["--setenv", "HOME", home, "--setenv", "TMPDIR", "/tmp"]
    args += ["--setenv", "MPLCONFIGDIR", str(private / "matplotlib")]
    args += ["--setenv", "IPYTHONDIR", str(private / "ipython")]
    # ipykernel exits when its parent is not JPY_PARENT_PID, which the grader's PID never is
    # in the kernel's process namespace; 1 turns that watch off (--die-with-parent does it).
    args += ["--setenv", "JPY_PARENT_PID", "1"]
    # jupyter_client interrupts a kernel by sending SIGINT to its process group, bwrap
    # included, and bwrap dies of it, taking the kernel along. Ignored (a disposition that
    # survives exec) bwrap lives on; the kernel installs its own handler for SIGINT.
    ignore_interrupts = ["sh", "-c", 'trap "" INT; exec "$@"', "sh"]
    return [*ignore_interrupts, *args, "--", *kernel_command]


def copy_font_cache(private: Path) -> None:
    """Give the sandboxed kernel matplotlib's font list, which it would otherwise rebuild
    (seconds, and a warning on stderr that nbgrader would count as a failed cell)."""
    source = os.environ.get("MPLCONFIGDIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "matplotlib"
    )
    target = private / "matplotlib"
    target.mkdir(exist_ok=True)
    for cached in Path(source).glob("fontlist-*.json"):
        shutil.copy(cached, target / cached.name)
