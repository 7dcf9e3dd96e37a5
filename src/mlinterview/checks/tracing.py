"""Checks of what the learner's code does while it runs, watched through Python's tracer and
profiler: "no Python loop over the points" and "from scratch".

An audit hook (``_TraceGuard``) notices an answer that switches the tracer or profiler off on
the way, and threads the call starts are watched too.
"""

from __future__ import annotations

import collections
import functools
import importlib.util
import os
import site
import sys
import sysconfig
import threading
from collections.abc import Callable, Sequence
from typing import Any

from mlinterview.checks.failures import _fail, _name_of, call


def _library_dirs() -> tuple[str, ...]:
    """Folders whose code is not the learner's: the standard library, installed packages, and
    the ``mlinterview`` package (the checks themselves)."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # mlinterview/
    paths = {*site.getsitepackages(), site.getusersitepackages(), package}
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        paths.add(sysconfig.get_paths()[key])
    return tuple(os.path.join(os.path.realpath(p), "") for p in paths)


_LIBRARY_DIRS = _library_dirs()


@functools.lru_cache(maxsize=4096)
def _is_learner_file(filename: str) -> bool:
    """Code from the notebook, the learner's own files, or ``exec``: anything not a library."""
    if filename.startswith("<frozen"):
        return False
    if filename.startswith("<"):  # exec'd or generated code counts as the learner's
        return True
    return not os.path.realpath(filename).startswith(_LIBRARY_DIRS)


class _TraceGuard:
    """Notices ``sys.settrace`` / ``sys.setprofile`` calls while lines are being counted.

    An audit hook cannot be removed, so one is installed once and consulted through a flag.
    """

    active = False
    tampered = False
    installed = False

    @classmethod
    def install(cls) -> None:
        if not cls.installed:
            sys.addaudithook(cls._hook)
            cls.installed = True

    @classmethod
    def _hook(cls, event: str, args: tuple) -> None:
        if not cls.active or event not in ("sys.settrace", "sys.setprofile"):
            return
        caller = sys._getframe(1)
        # A new thread installs threading.settrace's tracer for itself: that is ours.
        if caller.f_code.co_name == "_bootstrap_inner" and not _is_learner_file(
            caller.f_code.co_filename
        ):
            return
        cls.tampered = True


def _call_watched(
    kind: str, hook: Callable[..., Any], func: Callable[..., Any], *args: Any, **kwargs: Any
) -> tuple[Any, bool]:
    """Call ``func`` with ``hook`` as the ``"trace"`` or ``"profile"`` function of this thread
    and of threads it starts. Returns ``(result, kept)``: ``kept`` is False when the call
    changed tracing or profiling on the way."""
    if kind == "trace":
        get, set_, set_threads, previous_threads = (
            sys.gettrace,
            sys.settrace,
            threading.settrace,
            threading.gettrace(),
        )
    else:
        get, set_, set_threads, previous_threads = (
            sys.getprofile,
            sys.setprofile,
            threading.setprofile,
            threading.getprofile(),
        )
    _TraceGuard.install()
    previous = get()
    set_threads(hook)
    set_(hook)
    _TraceGuard.tampered, _TraceGuard.active = False, True
    try:
        result = call(func, *args, **kwargs)
    finally:
        _TraceGuard.active = False
        kept = get() is hook and not _TraceGuard.tampered
        set_(previous)
        set_threads(previous_threads)
    return result, kept


def most_repeated_step(func: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, int]:
    """Call ``func`` and count how often its most repeated Python step ran.

    A step is a line of the learner's own code (the notebook, their files, exec'd code: not
    the standard library or installed packages), or a library function called on the
    learner's behalf one or two levels down (``map(np.sum, ...)``,
    ``np.apply_along_axis(np.sum, ...)``). A loop over n points repeats its body n times;
    vectorised code runs each step once or a few times whatever the input size, and a loop
    over a few features a few times. So the count measures loops without timing anything.
    Threads the call starts are counted too. Returns ``(result, repeats)``.
    """
    lines: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()

    def local_tracer(frame, event, arg):
        if event == "line":
            lines[frame.f_code, frame.f_lineno] += 1
        return local_tracer

    def called_for_the_learner(frame) -> bool:
        """Called by the learner's code, directly or through one library function."""
        caller = frame.f_back
        for _ in range(2):
            if caller is None:
                return False
            if _is_learner_file(caller.f_code.co_filename):
                return True
            caller = caller.f_back
        return False

    def global_tracer(frame, event, arg):
        if event == "call" and called_for_the_learner(frame):
            calls[frame.f_code] += 1
        if _is_learner_file(frame.f_code.co_filename):
            return local_tracer
        return None

    result, tracer_kept = _call_watched("trace", global_tracer, func, *args, **kwargs)
    if not tracer_kept:
        raise _fail(
            f"`{_name_of(func)}` changed Python's line tracing (sys.settrace), which this check "
            "uses to count the steps your code takes; expected it to leave tracing alone."
        )
    repeats = max([*lines.values(), *calls.values(), 0])
    return result, repeats


def check_no_python_loop(
    func: Callable[..., Any], *args: Any, n_points: int, over: str = "the points", **kwargs: Any
) -> Any:
    """Fail when ``func(*args)`` runs a Python loop over its ``n_points`` points.

    A loop over a few features is allowed; one over the points repeats a step at least
    ``n_points`` times (see :func:`most_repeated_step`) and fails. Returns the result of the call.

    A step repeated ``n_points // 2`` times fails, and straight-line code runs some steps
    twice (a ``with`` line) or a few times (a loop over a few features): below 10 points the
    check cannot tell those from a loop over the points (below 2 it fails every answer). That
    is the test's mistake, so it raises ``ValueError`` before the learner's code runs.
    """
    if n_points < 10:
        raise ValueError(
            f"check_no_python_loop needs n_points >= 10, got {n_points!r}: it fails a step run "
            "n_points // 2 times, and with fewer points vectorised code runs steps that often. "
            "Check on an input with many points."
        )
    name = _name_of(func)
    result, repeats = most_repeated_step(func, *args, **kwargs)
    if repeats >= n_points // 2:
        raise _fail(
            f"`{name}` ran the same Python step {repeats} times for {n_points} points: that is "
            "a Python loop "
            f"(for, while, a comprehension, map or apply_along_axis) over {over}; the task asks "
            "for vectorised code: whole-array NumPy (or pandas) operations.",
            "broadcasting and matrix products do the looping in compiled code.",
        )
    return result


@functools.lru_cache(maxsize=8)
def _package_dir(package: str) -> str | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return os.path.join(os.path.realpath(next(iter(spec.submodule_search_locations))), "")


@functools.lru_cache(maxsize=4096)
def _real_path(filename: str) -> str:
    return os.path.realpath(filename)


def check_from_scratch(
    func: Callable[..., Any],
    *args: Any,
    forbidden: Sequence[str] = ("sklearn",),
    check: Callable[..., Any] | None = None,
    **kwargs: Any,
) -> Any:
    """Fail when ``func(*args)`` calls into a ``forbidden`` package (the task says "from scratch").

    Every Python function call made during the call (threads included) is looked at; switching
    the profiler off counts as tampering. Returns the result of the call.

    ``check`` runs another check under the same watch, ``check(func, *args, **kwargs)`` (for
    example :func:`check_no_python_loop` or :func:`check_speed`, whose reference must then not
    use a forbidden package itself): an answer that calls the library only when it sees no
    profiler is watched in every call that earns points.
    """
    if check is not None:
        args, func = (func, *args), check
    folders = tuple(d for d in map(_package_dir, forbidden) if d)
    used: set[str] = set()
    used_builtins: set[str] = set()  # packages whose compiled functions were called

    def profiler(frame, event, arg):
        if event == "call":
            path = _real_path(frame.f_code.co_filename)
            if path.startswith(folders):
                used.add(path)
        elif event == "c_call":
            # A library's compiled function (torch.sort, a tensor's method) runs no Python
            # frame of the library: name its package from the function or its object.
            module = (
                getattr(arg, "__module__", None) or type(getattr(arg, "__self__", None)).__module__
            )
            if isinstance(module, str) and module.split(".")[0] in forbidden:
                used_builtins.add(module.split(".")[0])

    result, kept = _call_watched("profile", profiler, func, *args, **kwargs)
    name = _name_of(args[0] if check is not None else func)
    if not kept:
        raise _fail(
            f"`{name}` changed Python's profiler (sys.setprofile), which this check uses to see "
            "which libraries your code calls; expected it to leave the profiler alone."
        )
    if used or used_builtins:
        packages = [
            p
            for p in forbidden
            if p in used_builtins
            or (_package_dir(p) and any(f.startswith(_package_dir(p)) for f in used))
        ]
        raise _fail(
            f"`{name}` calls {', '.join(packages)}: the task asks you to write it from scratch "
            "in NumPy, so a library's answer cannot earn its points."
        )
    return result
