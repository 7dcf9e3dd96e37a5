"""``check_speed``: not far slower than a vectorised reference run beside the learner's code."""

from __future__ import annotations

import math
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


#: Each size is run this many times over (at least) for a timing: tiny inputs finish in
#: microseconds, where one measurement is mostly noise.
_MIN_SAMPLE_SECONDS = 0.01


def _cpu_seconds_per_call(func: Callable[..., Any], make_args: Callable[[int], tuple], n: int):
    """CPU seconds of one ``func(*make_args(n))``, averaged over enough calls to measure (fresh
    arguments each call, their construction not counted)."""
    calls, spent = 0, 0.0
    while spent < _MIN_SAMPLE_SECONDS or calls == 0:
        args = make_args(n)
        spent += _cpu_seconds(lambda args=args: call(func, *args))[1]
        calls += 1
    return spent / calls


def check_growth(
    func: Callable[..., Any],
    make_args: Callable[[int], tuple],
    sizes: tuple[int, int],
    *,
    max_exponent: float,
    case: str,
    expected: str = "",
) -> None:
    """Fail when the work of ``func(*make_args(n))`` grows faster than ``n ** max_exponent``
    from ``n = sizes[0]`` to ``n = sizes[1]``.

    Work is measured as ``check_speed`` measures it, CPU time with every thread pool held to one
    thread, so it moves little with the machine's load: the order of growth is the exponent
    ``log(work_large / work_small) / log(n_large / n_small)`` of the least work measured at each
    size over up to three rounds (load only ever adds work, so the least is the truest; taking
    the least exponent of single rounds instead let one slowed small run pass an O(n²) answer).
    An O(n log n) answer measured from 2,000 to 16,000 gives about 1.1; an O(n²) one about 2.
    Below ``FAST_ENOUGH_SECONDS`` at the larger size nothing is too slow, so it passes.
    ``expected`` names the order asked for in the message ("O(n log n): sort once").
    """
    name = _name_of(func)
    small, large = sizes
    with threadpool_limits(limits=1):
        # The warm-up (first calls fill caches) is also the first measure of the small size.
        small_time = _cpu_seconds_per_call(func, make_args, small)
        large_time = float("inf")
        for _ in range(3):
            large_time = min(large_time, _cpu_seconds_per_call(func, make_args, large))
            if large_time < FAST_ENOUGH_SECONDS:
                return
            small_time = max(min(small_time, _cpu_seconds_per_call(func, make_args, small)), 1e-9)
            exponent = math.log(large_time / small_time) / math.log(large / small)
            if exponent <= max_exponent:
                return
            if exponent > max_exponent + 0.25:  # clearly faster growth: repeating only wastes time
                break
    # No measured numbers in the message: grading the same submission twice says the same.
    asked = f": expected {expected}" if expected else ""
    raise _fail(
        f"`{name}`'s work grew faster than the task allows from {small:,} to {large:,} {case} "
        f"(measured as CPU time at both sizes, best of three){asked}. The result may be right, "
        "but it would not scale.",
        "look for work done once per candidate or per element that repeats a pass over all the "
        "data (a mask, a sum or a mean inside a loop, or an all-pairs matrix).",
    )
