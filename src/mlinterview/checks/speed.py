"""``check_speed``: not far slower than a vectorised reference run beside the learner's code."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from threadpoolctl import threadpool_limits

from mlinterview.checks.failures import _fail, _name_of, call

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
