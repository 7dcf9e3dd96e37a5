"""Learner-facing checks used by every test cell of the course.

Each check raises :class:`CheckFailure` (a subclass of ``AssertionError``, so nbgrader scores it
as a failed test) with a message a learner can act on: what was expected, what came back and
where to look. Messages never print a whole expected array, so hidden cases stay hidden.

Tolerances are stated once here; no check compares floats exactly.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import importlib.util
import io
import os
import site
import sys
import sysconfig
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

#: Relative and absolute tolerance for comparing floating-point results.
RTOL = 1e-5
ATOL = 1e-8


class CheckFailure(AssertionError):
    """A check failed; the message is written for the learner."""


class NotAttempted(CheckFailure):
    """The exercise still raises the stub's ``NotImplementedError``."""


#: A hint is a fixed text, or a function of (got, expected) that returns a text only when it
#: recognises the mistake (see :func:`hint_if_close`), or a list of those (the first that
#: answers wins). A hint that names a mistake the learner did not make misleads, so hints that
#: diagnose are conditional.
Hint = str | Callable[[np.ndarray, np.ndarray], str | None] | Sequence[Any] | None


def _fail(message: str, hint: str | None = None) -> CheckFailure:
    return CheckFailure(message if hint is None else f"{message} Hint: {hint}")


def _resolve_hint(hint: Hint, got: np.ndarray, expected: np.ndarray) -> str | None:
    if hint is None or isinstance(hint, str):
        return hint
    if callable(hint):
        try:
            return hint(got, expected)
        except Exception:  # a hint must never turn a failed check into a crash
            return None
    for item in hint:
        text = _resolve_hint(item, got, expected)
        if text is not None:
            return text
    return None


def hint_if_close(
    mistaken: Any, message: str, *, rtol: float = RTOL, atol: float = ATOL
) -> Callable[[np.ndarray, np.ndarray], str | None]:
    """A hint shown only when the result matches ``mistaken``, what a known mistake returns.

    For example ``hint_if_close(np.sqrt(expected), "squared distances: no square root.")``.
    """
    mistaken = np.asarray(mistaken, dtype=float)

    def hint(got: np.ndarray, expected: np.ndarray) -> str | None:
        if got.shape == mistaken.shape and np.allclose(got, mistaken, rtol=rtol, atol=atol):
            return message
        return None

    return hint


def describe(value: Any) -> str:
    """A short description of a value for messages: type, shape and dtype, not the contents."""
    if isinstance(value, np.ndarray):
        return f"array of shape {value.shape} and dtype {value.dtype}"
    if isinstance(value, np.generic):
        return f"NumPy scalar {value!r}"
    if isinstance(value, (tuple, list)):
        kind = type(value).__name__
        return f"{kind} of length {len(value)}"
    if value is None:
        return "None"
    if isinstance(getattr(value, "shape", None), tuple):  # pandas objects, array-likes
        return f"{type(value).__name__} of shape {value.shape}"
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{type(value).__name__} {text}"


def _call_text(name: str, args: Sequence[Any], kwargs: dict[str, Any]) -> str:
    def shown(value: Any) -> str:
        return describe(value) if isinstance(getattr(value, "shape", None), tuple) else repr(value)

    parts = [shown(a) for a in args] + [f"{k}={shown(v)}" for k, v in kwargs.items()]
    text = ", ".join(parts)
    if len(text) > 160:
        text = text[:157] + "..."
    return f"{name}({text})"


def _name_of(func: Callable[..., Any]) -> str:
    """The name a learner gave ``func``, also through ``functools.partial``; a method is named
    with its class (``LogisticRegression.fit``)."""
    while isinstance(func, functools.partial):
        func = func.func
    qualname = getattr(func, "__qualname__", None)
    if isinstance(qualname, str):
        return qualname.rsplit("<locals>.", 1)[-1]
    return getattr(func, "__name__", "your function")


def _not_attempted(name: str) -> NotAttempted:
    return NotAttempted(
        f"`{name}` is not attempted yet: it still raises NotImplementedError. "
        "Replace the stub in its answer cell and run that cell again."
    )


@contextlib.contextmanager
def _quietly() -> Iterator[None]:
    """Keep warnings and stderr of the learner's code out of a graded cell.

    nbgrader scores a test cell with any stderr output as failed, so a harmless warning from a
    right answer (0 / 0 in the branch np.where discards) would cost its points. Wrong values
    still fail their checks, NaN included.
    """
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        with contextlib.redirect_stderr(io.StringIO()):
            yield


def call(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call the learner's ``func`` and turn its exceptions into readable failures.

    Arguments are passed as they are: a test that compares against its input afterwards passes
    a copy (or checks the input is unchanged, where the task says so).
    """
    name = _name_of(func)
    try:
        with _quietly():
            return func(*args, **kwargs)
    except NotImplementedError:
        raise _not_attempted(name) from None
    except CheckFailure:
        raise
    except Exception as error:
        raise CheckFailure(
            f"`{_call_text(name, args, kwargs)}` raised {type(error).__name__}: {error}"
        ) from error


def check_raises(
    func: Callable[..., Any], *args: Any, exception: type[Exception], case: str, **kwargs: Any
) -> None:
    """Check the learner's ``func(*args)`` raises ``exception`` (the task says it must)."""
    name = _name_of(func)
    try:
        with _quietly():
            result = func(*args, **kwargs)
    except NotImplementedError:
        raise _not_attempted(name) from None
    except exception:
        return
    except Exception as error:
        raise _fail(
            f"`{name}` raised {type(error).__name__} on {case}; expected {exception.__name__}."
        ) from error
    raise _fail(f"`{name}` returned {describe(result)} on {case}; expected {exception.__name__}.")


def check_defined(name: str, namespace: dict[str, Any]) -> Any:
    """The value of ``name`` in the notebook's ``namespace`` (pass ``globals()``).

    Fails as "not attempted" when the answer cell has not defined it yet.
    """
    if name not in namespace:
        raise NotAttempted(
            f"`{name}` is not defined yet: write it in its answer cell and run that cell (if the "
            "cell stops with an error, the name is never set: fix that error first)."
        )
    return namespace[name]


def check_tuple(name: str, result: Any, length: int, fields: str) -> tuple[Any, ...]:
    """Check that ``result`` is a tuple (or list) of ``length`` items, described by ``fields``.

    Returns it as a tuple, ready to unpack.
    """
    if not isinstance(result, (tuple, list)) or len(result) != length:
        raise _fail(
            f"`{name}` returned {describe(result)}; expected a tuple of {length}: {fields}."
        )
    return tuple(result)


def as_array(name: str, value: Any) -> np.ndarray:
    """Return ``value`` as an ndarray, failing clearly when it is not array-like."""
    if isinstance(value, np.ndarray):
        return value
    try:
        array = np.asarray(value)
    except Exception:
        raise _fail(f"`{name}` returned {describe(value)}; expected a NumPy array.") from None
    if array.dtype == object:
        raise _fail(f"`{name}` returned {describe(value)}; expected a NumPy array of numbers.")
    return array


def check_shape(name: str, value: Any, expected: tuple[int, ...], why: str = "") -> np.ndarray:
    """Check the shape of an array-like result; returns it as an ndarray."""
    array = as_array(name, value)
    if array.shape != tuple(expected):
        reason = f": {why}" if why else "."
        raise _fail(f"`{name}` returned shape {array.shape}; expected {tuple(expected)}{reason}")
    return array


def check_finite(name: str, value: Any, what_to_check: str = "") -> np.ndarray:
    """Check there is no NaN or infinity in a result."""
    array = as_array(name, value)
    if not np.issubdtype(array.dtype, np.number) and array.dtype != bool:
        raise _fail(f"`{name}` returned dtype {array.dtype}; expected numbers.")
    bad = ~np.isfinite(array)
    if bad.any():
        index = tuple(int(i) for i in np.argwhere(bad)[0])
        where = f" at index {index}" if array.ndim else ""
        look = f" Look at {what_to_check}." if what_to_check else ""
        raise _fail(
            f"`{name}` returned {int(bad.sum())} NaN or infinite value(s), first {array[bad][0]}"
            f"{where}.{look}"
        )
    return array


def check_dtype_kind(name: str, value: Any, kinds: str, expected: str) -> np.ndarray:
    """Check the dtype kind (``"f"`` float, ``"iu"`` integer, ``"b"`` bool ...)."""
    array = as_array(name, value)
    if array.dtype.kind not in kinds:
        raise _fail(f"`{name}` returned dtype {array.dtype}; expected {expected}.")
    return array


def _plain(value: Any) -> str:
    """A value as a learner would write it: 1, not np.int64(1)."""
    return repr(value.item() if isinstance(value, np.generic) else value)


def _format_index(index: tuple[int, ...]) -> str:
    return str(index[0]) if len(index) == 1 else str(index)


def check_close(
    name: str,
    got: Any,
    expected: Any,
    *,
    rtol: float = RTOL,
    atol: float = ATOL,
    case: str = "",
    hint: Hint = None,
) -> None:
    """Check ``got`` equals ``expected`` within tolerance, shape first.

    The message names the first differing entry and how many differ, never the whole
    expected array.
    """
    expected = np.asarray(expected, dtype=float)
    got_array = check_shape(name, got, expected.shape)
    if not np.issubdtype(got_array.dtype, np.number) and got_array.dtype != bool:
        raise _fail(f"`{name}` returned dtype {got_array.dtype}; expected numbers.")
    got_float = got_array.astype(float)
    ok = np.isclose(got_float, expected, rtol=rtol, atol=atol, equal_nan=False)
    if ok.all():
        return
    on = f" on {case}" if case else ""
    n_bad = int((~ok).sum())
    hint = _resolve_hint(hint, got_float, expected)
    if expected.ndim == 0:
        raise _fail(f"`{name}` returned {got_float:.6g}{on}; expected {float(expected):.6g}.", hint)
    index = tuple(int(i) for i in np.argwhere(~ok)[0])
    raise _fail(
        f"`{name}` differs{on} in {n_bad} of {expected.size} entries; first at index "
        f"{_format_index(index)}: got {got_float[index]:.6g}, expected {expected[index]:.6g}.",
        hint,
    )


def check_equal(name: str, got: Any, expected: Any, *, case: str = "", hint: Hint = None) -> None:
    """Check an integer, boolean or label array equals ``expected`` exactly, shape first."""
    expected = np.asarray(expected)
    got_array = check_shape(name, got, expected.shape)
    if got_array.dtype.kind == "f":
        if not np.isfinite(got_array).all() or not np.array_equal(got_array, np.round(got_array)):
            raise _fail(
                f"`{name}` returned non-integer values; expected whole numbers.",
                _resolve_hint(hint, got_array, expected),
            )
    bad = got_array != expected
    if not np.any(bad):
        return
    hint = _resolve_hint(hint, got_array, expected)  # only on failure: hints can be costly
    on = f" on {case}" if case else ""
    index = tuple(int(i) for i in np.argwhere(np.atleast_1d(bad))[0])
    if expected.ndim == 0:
        raise _fail(
            f"`{name}` returned {_plain(got_array[()])}{on}; expected {_plain(expected[()])}.", hint
        )
    got_text, expected_text = _plain(got_array[index]), _plain(expected[index])
    raise _fail(
        f"`{name}` differs{on} in {int(np.sum(bad))} of {expected.size} entries; first at index "
        f"{_format_index(index)}: got {got_text}, expected {expected_text}.",
        hint,
    )


def check_true(condition: bool, message: str, hint: str | None = None) -> None:
    """Fail with ``message`` unless ``condition`` holds (for checks with no better helper)."""
    if not condition:
        raise _fail(message, hint)


def check_unchanged(name: str, before: np.ndarray, after: np.ndarray, argument: str) -> None:
    """Check the learner's function did not modify an input array in place."""
    if before.shape != after.shape or not np.array_equal(before, after, equal_nan=True):
        raise _fail(
            f"`{name}` modified its input `{argument}` in place; expected it to leave it unchanged."
        )


# --- "no Python loop over the points" ---------------------------------------------------


def _library_dirs() -> tuple[str, ...]:
    """Folders whose code is not the learner's: the standard library, installed packages, and
    this package (the checks themselves)."""
    paths = {*site.getsitepackages(), site.getusersitepackages(), os.path.dirname(__file__)}
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
    """
    name = _name_of(func)
    result, repeats = most_repeated_step(func, *args, **kwargs)
    if repeats >= n_points // 2:
        raise _fail(
            f"`{name}` ran the same Python step {repeats} times for {n_points} points: that is "
            "a Python loop "
            f"(for, while, a comprehension, map or apply_along_axis) over {over}; the task asks "
            "for vectorised NumPy.",
            "broadcasting and matrix products do the looping in compiled code.",
        )
    return result


# --- "from scratch" -------------------------------------------------------------------------


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

    def profiler(frame, event, arg):
        if event == "call":
            path = _real_path(frame.f_code.co_filename)
            if path.startswith(folders):
                used.add(path)

    result, kept = _call_watched("profile", profiler, func, *args, **kwargs)
    name = _name_of(args[0] if check is not None else func)
    if not kept:
        raise _fail(
            f"`{name}` changed Python's profiler (sys.setprofile), which this check uses to see "
            "which libraries your code calls; expected it to leave the profiler alone."
        )
    if used:
        packages = [
            p
            for p in forbidden
            if _package_dir(p) and any(f.startswith(_package_dir(p)) for f in used)
        ]
        raise _fail(
            f"`{name}` calls {', '.join(packages)}: the task asks you to write it from scratch "
            "in NumPy, so a library's answer cannot earn its points."
        )
    return result


# --- gradients ----------------------------------------------------------------------------


def numerical_gradient(f: Callable[[], float], array: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """Central differences ``(f(a + h) - f(a - h)) / 2h`` of the scalar ``f()`` at every entry
    of ``array``, which ``f`` reads and this function perturbs in place (and restores).

    The oracle for backward passes: compare with ``check_close(..., rtol=1e-4)``; the error of
    central differences is O(h²).
    """
    grad = np.zeros(array.shape, dtype=float)
    for index in np.ndindex(*array.shape):
        old = array[index]
        array[index] = old + h
        plus = f()
        array[index] = old - h
        minus = f()
        array[index] = old
        grad[index] = (plus - minus) / (2 * h)
    return grad


# --- clusterings and random draws -----------------------------------------------------------


def match_clusters(centroids: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """``order`` such that ``centroids[order[j]]`` is the learner's centroid for ``expected[j]``.

    Cluster numbers are arbitrary, so results are compared after the one-to-one matching of
    centroids that minimises the total squared distance.
    """
    from scipy.optimize import linear_sum_assignment

    cost = ((expected[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1)
    _, order = linear_sum_assignment(cost)
    return order


def check_clusters(
    name: str,
    centroids: Any,
    labels: Any,
    expected_centroids: np.ndarray,
    expected_labels: np.ndarray,
    *,
    case: str,
    atol: float = 1e-6,
) -> None:
    """Check a clustering against a reference, up to renumbering the clusters.

    The learner's cluster ``order[j]`` must sit where the reference's cluster ``j`` sits and
    hold the same points.
    """
    expected_centroids = np.asarray(expected_centroids, dtype=float)
    expected_labels = np.asarray(expected_labels)
    centroids = check_finite(f"{name} centroids", centroids)
    centroids = check_shape(
        f"{name} centroids", centroids, expected_centroids.shape, "one row per cluster"
    ).astype(float)
    labels = check_shape(f"{name} labels", labels, expected_labels.shape, "one label per point")
    if labels.dtype.kind == "f" and np.all(np.isfinite(labels)) and np.all(labels == labels // 1):
        labels = labels.astype(int)
    k = len(expected_centroids)
    check_true(
        labels.dtype.kind in "iu" and bool(np.all((labels >= 0) & (labels < k))),
        f"`{name} labels` holds values other than the cluster numbers 0 .. {k - 1}.",
    )
    order = match_clusters(centroids, expected_centroids)
    check_close(
        f"{name} centroids (matched to the reference's, in any order)",
        centroids[order],
        expected_centroids,
        atol=atol,
        case=case,
    )
    renumber = np.empty(k, dtype=int)
    renumber[order] = np.arange(k)
    check_equal(
        f"{name} labels (renumbered to match the reference's clusters)",
        renumber[labels],
        expected_labels,
        case=case,
    )


def total_variation(observed: dict[Any, int], expected: dict[Any, float]) -> float:
    """Half the L1 distance between observed frequencies and expected probabilities."""
    total = sum(observed.values())
    keys = set(observed) | set(expected)
    return 0.5 * sum(abs(observed.get(key, 0) / total - expected.get(key, 0.0)) for key in keys)


def check_frequencies(
    name: str,
    observed: dict[Any, int],
    expected: dict[Any, float],
    *,
    max_distance: float,
    case: str,
    mistakes: dict[str, dict[Any, float]] | None = None,
) -> None:
    """Check that outcomes drawn over many seeds follow the ``expected`` probabilities.

    ``max_distance`` bounds the total variation distance; choose it many standard deviations
    above what a right answer shows with that many draws, so a right answer never fails.
    ``mistakes`` maps a hint to the distribution a known mistake draws from; the hint of the
    closest one is shown when the observed frequencies are as close to it as a right answer's
    are to the truth (within ``max_distance``), so a hint names only a mistake that fits.
    """
    distance = total_variation(observed, expected)
    if distance <= max_distance:
        return
    hint = None
    if mistakes:
        text, wrong = min(mistakes.items(), key=lambda item: total_variation(observed, item[1]))
        if total_variation(observed, wrong) <= max_distance:
            hint = text
    draws = sum(observed.values())
    raise _fail(
        f"`{name}` drew outcomes with frequencies far from the expected probabilities over "
        f"{draws} seeds on {case}: they differ by {distance:.2f} in total variation (a right "
        f"answer stays below {max_distance:g}).",
        hint,
    )


# --- "not far slower than a vectorised reference" -------------------------------------------

#: A right answer may take this many times as long as the vectorised reference run beside it.
MAX_SLOWDOWN = 10.0
#: Below this many CPU seconds nobody waits, so timing noise there never fails a check.
FAST_ENOUGH_SECONDS = 0.05


def _cpu_seconds(func: Callable[[], Any]) -> tuple[Any, float]:
    """``func()`` and the CPU time this process spent on it (all its threads).

    CPU time, not the clock: another program, another student's kernel or a busy laptop
    takes the processor away from the kernel, which stretches the clock time of whatever runs
    then but not its CPU time. So the same code gets the same verdict on a quiet or a loaded
    machine.
    """
    start = time.process_time()
    result = func()
    return result, time.process_time() - start


def check_speed(
    func: Callable[..., Any],
    *args: Any,
    reference: Callable[[], Any],
    case: str,
    max_ratio: float = MAX_SLOWDOWN,
    **kwargs: Any,
) -> Any:
    """Fail when ``func(*args)`` needs more than ``max_ratio`` times the CPU time of
    ``reference()``.

    Both run side by side in the same cell (the reference first, then the learner's code, up to
    three rounds, least CPU time of each), with every BLAS and OpenMP pool held to one thread,
    so the ratio measures work: it does not move with the load of the machine or the number of
    cores, and a correct answer is never failed on time alone, only on doing far more work
    than vectorised code doing the same job. Returns the result of the learner's call.
    """
    name = _name_of(func)
    with threadpool_limits(limits=1):
        _, reference_time = _cpu_seconds(reference)  # warm-up: first calls fill caches
        learner_time = float("inf")
        for _ in range(3):
            reference_time = min(reference_time, _cpu_seconds(reference)[1])
            allowed = max(max_ratio * reference_time, FAST_ENOUGH_SECONDS)
            result, seconds = _cpu_seconds(lambda: call(func, *args, **kwargs))
            learner_time = min(learner_time, seconds)
            if learner_time <= allowed:
                return result
            if learner_time > 3 * allowed:  # clearly slow: repeating would only waste time
                break
    # No timings in the message: grading the same submission twice must say the same thing.
    raise _fail(
        f"`{name}` took more than {max_ratio:g} times as long as a vectorised reference doing "
        f"the same work on {case} (both run side by side, best of three). The result may be "
        "right, but it would not scale.",
        "look for a Python loop over the data, or work repeated inside a loop that could be "
        "done once (a distance matrix, a matrix inverse).",
    )


# --- multiple-choice answers ---------------------------------------------------------------


def check_choice(
    namespace: dict[str, Any], variable: str, question: str, choices: str = "abcd"
) -> str:
    """The learner's answer to ``question`` in the dict ``variable`` of ``namespace``.

    Returns it as one lower-case letter; fails as "not attempted" while it is still None, and
    clearly when the dict is missing or the answer is not one of ``choices``. Test cells then
    compare it with the key in their hidden part.
    """
    answers = check_defined(variable, namespace)
    if not isinstance(answers, dict):
        raise _fail(
            f"`{variable}` is {describe(answers)}; expected a dict like "
            f"{{{question!r}: {choices[0]!r}, ...}}."
        )
    if question not in answers:
        keys = ", ".join(repr(key) for key in answers)
        raise _fail(
            f"`{variable}` has no answer for {question!r} (its keys are {keys}); keep the keys "
            "as the template gives them and replace only the None values."
        )
    raw = answers[question]
    if raw is None:
        raise NotAttempted(
            f"`{variable}[{question!r}]` is not answered yet: replace None with a letter."
        )
    # str's own methods on a plain str: a str subclass cannot redefine == for the key check.
    answer = str.lower(str.strip(raw)) if isinstance(raw, str) else ""
    if len(answer) != 1 or answer not in choices:
        letters = ", ".join(choices)
        raise _fail(
            f"`{variable}[{question!r}]` is {describe(raw)}; expected one letter of {letters}."
        )
    return answer


# --- plots ------------------------------------------------------------------------------------


def check_axes(name: str, value: Any) -> Any:
    """Check a plotting function returned a matplotlib ``Axes``; returns it."""
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    if isinstance(value, Axes):
        return value
    if isinstance(value, Figure):
        raise _fail(
            f"`{name}` returned a Figure; expected the Axes it drew on "
            "(the `ax` of `fig, ax = plt.subplots()`)."
        )
    raise _fail(f"`{name}` returned {describe(value)}; expected a matplotlib Axes.")


def bars(ax: Any) -> list[tuple[str, float]]:
    """``(tick label, height)`` of each vertical bar of ``ax``, in order along the x axis.

    A bar's label is the x tick label at its centre, what a reader of the plot sees ("" when no
    tick sits there). The figure is drawn first: matplotlib fills tick labels in at draw time.
    """
    from matplotlib.patches import Rectangle

    ax.figure.canvas.draw()
    ticks = np.asarray(ax.get_xticks(), dtype=float)
    texts = [label.get_text() for label in ax.get_xticklabels()]
    found = []
    for patch in ax.patches:
        if not isinstance(patch, Rectangle) or patch.get_width() <= 0:
            continue
        centre = patch.get_x() + patch.get_width() / 2
        label = ""
        if ticks.size:
            nearest = int(np.argmin(np.abs(ticks - centre)))
            if abs(ticks[nearest] - centre) <= patch.get_width() / 2 and nearest < len(texts):
                label = texts[nearest].replace("\u2212", "-")  # matplotlib's minus sign
        found.append((centre, label, float(patch.get_height())))
    return [(label, height) for _, label, height in sorted(found)]


def check_bars(name: str, ax: Any, expected: dict[str, float], *, case: str) -> None:
    """Check ``ax`` shows one vertical bar per key of ``expected``, labelled with the key (its
    x tick label) and as tall as its value, in any order."""
    drawn = bars(ax)
    if len(drawn) != len(expected):
        raise _fail(
            f"`{name}` drew {len(drawn)} bar(s) on {case}; expected {len(expected)}, one per class."
        )
    heights = dict(drawn)
    missing = [label for label in expected if label not in heights]
    if missing or len(heights) != len(drawn):
        shown = ", ".join(repr(label) for label, _ in drawn)
        y_labels = {label.get_text() for label in ax.get_yticklabels()}
        horizontal = set(expected) <= y_labels
        raise _fail(
            f"`{name}`'s bars are labelled {shown} on {case}; expected the class labels "
            f"{', '.join(repr(label) for label in expected)} as their x tick labels.",
            "these are horizontal bars (barh); the task asks for vertical ones (ax.bar)."
            if horizontal
            else None,
        )
    for label, height in expected.items():
        if not np.isclose(heights[label], height, rtol=RTOL, atol=ATOL):
            raise _fail(
                f"`{name}`'s bar {label!r} is {heights[label]:g} high on {case}; expected "
                f"{height:g}, the number of rows of that class."
            )
