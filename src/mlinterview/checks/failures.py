"""Failures and hints: the exceptions every check raises, the tolerances, and how the learner's
code is called (``call``), described (``describe``) and named in messages."""

from __future__ import annotations

import contextlib
import functools
import io
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

#: Relative and absolute tolerance for comparing floating-point results.
RTOL = 1e-5
ATOL = 1e-8


class CheckFailure(AssertionError):
    """A check failed; the message is written for the learner."""


class NotAttempted(CheckFailure):
    """The exercise still raises the stub's ``NotImplementedError``."""


class MissingDependency(ModuleNotFoundError):
    """A lesson needs a package this environment lacks; the message says how to install it."""


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
    if type(value).__module__.startswith("torch") and hasattr(value, "dtype"):  # a tensor
        return f"tensor of shape {tuple(value.shape)} and dtype {value.dtype}"
    if isinstance(getattr(value, "shape", None), tuple):  # pandas objects, array-likes
        return f"{type(value).__name__} of shape {value.shape}"
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{type(value).__name__} {text}"


def _holds_arrays(value: Any) -> bool:
    if isinstance(getattr(value, "shape", None), tuple):
        return True
    return isinstance(value, (tuple, list)) and any(_holds_arrays(v) for v in value[:3])


def _call_text(name: str, args: Sequence[Any], kwargs: dict[str, Any]) -> str:
    def shown(value: Any) -> str:
        if isinstance(getattr(value, "shape", None), tuple):
            return describe(value)
        if isinstance(value, (tuple, list)) and _holds_arrays(value):
            # a batch of tensors (pad_collate's input): describe each, never print their values
            inner = ", ".join(shown(v) for v in value[:3]) + (", ..." if len(value) > 3 else "")
            return f"[{inner}]" if isinstance(value, list) else f"({inner})"
        return repr(value)

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
    owner = getattr(func, "__self__", None)
    if isinstance(owner, type):  # a class method: torch's ``LinearFunction.apply``
        return f"{owner.__name__}.{getattr(func, '__name__', 'method')}"
    qualname = getattr(func, "__qualname__", None)
    if isinstance(qualname, str):
        return qualname.rsplit("<locals>.", 1)[-1]
    # a callable instance, e.g. an nn.Module, is named by its class, as the learner wrote it
    return getattr(func, "__name__", type(func).__name__)


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
