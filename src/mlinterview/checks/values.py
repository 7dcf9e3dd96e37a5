"""Checks of a returned value: its type, shape, dtype, finiteness, and its entries against the
expected ones within the course's tolerances."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlinterview.checks.failures import ATOL, RTOL, Hint, _fail, _resolve_hint, describe


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
    """Check the learner's function did not modify an input array in place (any dtype: NaN
    equals NaN where there can be one, strings and objects compare as they are)."""
    floating = np.issubdtype(np.asarray(before).dtype, np.inexact)
    if before.shape != after.shape or not np.array_equal(before, after, equal_nan=floating):
        raise _fail(
            f"`{name}` modified its input `{argument}` in place; expected it to leave it unchanged."
        )
