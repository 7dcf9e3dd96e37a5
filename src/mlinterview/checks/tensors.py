"""Checks of PyTorch code (lesson 05): tensors, gradients, modes and optimizer steps.

PyTorch is needed by lesson 05 only, so nothing here imports it before a check runs: the rest of
the course works without it. The instruments (:class:`ForwardLog`, :class:`StepLog`,
:func:`autograd_calls`) watch what the learner's code does; the oracles stay in the test cells.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from mlinterview.checks.failures import (
    ATOL,
    RTOL,
    Hint,
    MissingDependency,
    _fail,
    call,
    describe,
)
from mlinterview.checks.values import check_close

#: How a learner installs PyTorch, in the words of the README.
_INSTALL_TORCH = (
    "Lesson 05 needs PyTorch, which this Python environment does not have. From the course "
    "folder run `make lab` again (it installs PyTorch unless you ran it with TORCH=0), or in a "
    "terminal: `pip install torch==2.13.0 --extra-index-url https://download.pytorch.org/whl/cpu` "
    "(a CPU build, about 190 MB to download). Then restart the kernel (Kernel > Restart Kernel) "
    "and run this cell again."
)


def require_torch() -> Any:
    """Import PyTorch, or fail with how to install it (the lesson's first cell calls this)."""
    try:
        return importlib.import_module("torch")
    except ModuleNotFoundError:
        raise MissingDependency(_INSTALL_TORCH, name="torch") from None


def _torch() -> Any:
    return sys.modules.get("torch") or require_torch()


def check_tensor(name: str, value: Any, shape: tuple[int, ...], dtype: Any = None) -> Any:
    """Check ``value`` is a ``torch.Tensor`` of ``shape`` (and ``dtype``, if given)."""
    torch = _torch()
    if not isinstance(value, torch.Tensor):
        raise _fail(f"`{name}` returned {describe(value)}; expected a torch.Tensor.")
    if tuple(value.shape) != tuple(shape):
        raise _fail(f"`{name}` returned shape {tuple(value.shape)}; expected {tuple(shape)}.")
    if dtype is not None and value.dtype != dtype:
        raise _fail(f"`{name}` returned dtype {value.dtype}; expected {dtype}.")
    return value


def as_numpy(value: Any) -> Any:
    """A tensor as a float64 ndarray (detached from the graph); anything else as it is."""
    torch = _torch()
    if isinstance(value, torch.Tensor):
        return value.detach().cpu().to(torch.float64).numpy()
    return value


def check_tensor_close(
    name: str,
    got: Any,
    expected: Any,
    *,
    rtol: float = RTOL,
    atol: float = ATOL,
    case: str = "",
    hint: Hint = None,
) -> None:
    """:func:`~mlinterview.checks.values.check_close` for tensors: ``got`` must be a tensor; the
    comparison is in float64 on detached copies (hints see NumPy arrays)."""
    torch = _torch()
    if not isinstance(got, torch.Tensor):
        raise _fail(f"`{name}` returned {describe(got)}; expected a torch.Tensor.")
    if tuple(got.shape) != tuple(np.shape(as_numpy(expected))):
        raise _fail(
            f"`{name}` returned shape {tuple(got.shape)}; expected "
            f"{tuple(np.shape(as_numpy(expected)))}."
        )
    check_close(name, as_numpy(got), as_numpy(expected), rtol=rtol, atol=atol, case=case, hint=hint)


def check_float(name: str, value: Any, what: str = "the loss") -> float:
    """Check ``value`` is a finite Python float (a tensor is not: ``.item()`` makes one)."""
    torch = _torch()
    if isinstance(value, torch.Tensor):
        raise _fail(
            f"`{name}` returned a tensor for {what} ({describe(value)}); expected a Python float.",
            "`.item()` turns a one-element tensor into a float and lets its graph go.",
        )
    if isinstance(value, bool) or not isinstance(value, (float, int, np.floating, np.integer)):
        raise _fail(f"`{name}` returned {describe(value)} for {what}; expected a Python float.")
    if not np.isfinite(float(value)):
        raise _fail(f"`{name}` returned {float(value)} for {what}; expected a finite number.")
    return float(value)


def check_gradcheck(
    name: str, func: Callable[..., Any], inputs: tuple[Any, ...], names: tuple[str, ...], case: str
) -> None:
    """``torch.autograd.gradcheck`` of ``func`` at ``inputs`` (float64 tensors), failing with
    which input's gradient is wrong instead of gradcheck's Jacobians."""
    torch = _torch()
    # ``torch.autograd.gradcheck`` is the function; its module holds the error class.
    gradcheck_error = importlib.import_module("torch.autograd.gradcheck").GradcheckError
    try:
        torch.autograd.gradcheck(func, inputs, eps=1e-6, atol=1e-5, rtol=1e-4)
    except gradcheck_error as error:
        text = str(error)
        wrong = [n for i, n in enumerate(names) if f"respect to input {i}" in text]
        if wrong:
            raise _fail(
                f"`{name}`'s backward gives a wrong gradient for `{wrong[0]}` on {case}: it "
                "differs from the numerical gradient (central differences)."
            ) from None
        raise _fail(f"`{name}` fails torch.autograd.gradcheck on {case}: {text[:200]}") from None
    except Exception as error:
        raise _fail(
            f"`{name}` raised {type(error).__name__} in its forward or backward on {case}: "
            f"{str(error)[:300]}"
        ) from None


class ForwardLog:
    """Records, for each call of ``module``'s forward, the mode it ran in.

    Use as a context manager; ``calls`` is a list of ``(training, grad_enabled, first_input)``.
    """

    def __init__(self, module: Any) -> None:
        self.module = module
        self.calls: list[tuple[bool, bool, Any]] = []
        self._handle = None

    def _hook(self, module: Any, args: tuple[Any, ...]) -> None:
        torch = _torch()
        first = args[0] if args else None
        self.calls.append((module.training, torch.is_grad_enabled(), first))

    def __enter__(self) -> ForwardLog:
        self._handle = self.module.register_forward_pre_hook(self._hook)
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.remove()

    def modes_for(self, batch: Any) -> list[tuple[bool, bool]]:
        """The ``(training, grad_enabled)`` of each forward call whose input was ``batch``."""
        return [(t, g) for t, g, x in self.calls if x is batch]


class StepLog:
    """Records, at each ``optimizer.step()``, every parameter and its gradient before the step.

    ``steps`` is a list of lists of ``(parameter, gradient)`` clones (gradient ``None`` where a
    parameter had none). Use as a context manager around the learner's training code.
    """

    def __init__(self, optimizer: Any) -> None:
        self.optimizer = optimizer
        self.steps: list[list[tuple[Any, Any]]] = []
        self._step = None

    def __enter__(self) -> StepLog:
        self._step = self.optimizer.step

        def step(*args: Any, **kwargs: Any) -> Any:
            self.steps.append(
                [
                    (p.detach().clone(), None if p.grad is None else p.grad.detach().clone())
                    for group in self.optimizer.param_groups
                    for p in group["params"]
                ]
            )
            return self._step(*args, **kwargs)

        self.optimizer.step = step
        return self

    def __exit__(self, *exc: object) -> None:
        del self.optimizer.step  # the bound method of the class again


@contextlib.contextmanager
def _profiled(profiler: Callable[..., Any]) -> Iterator[None]:
    previous = sys.getprofile()
    sys.setprofile(profiler)
    try:
        yield
    finally:
        sys.setprofile(previous)


def calls_to(targets: tuple[Any, ...], func: Callable[..., Any], *args: Any, **kwargs: Any):
    """Call ``func`` and count its calls of the ``targets`` (Python functions, built-ins such
    as ``F.scaled_dot_product_attention``, or operators such as
    ``torch.ops.aten.scaled_dot_product_attention``). Returns ``(result, count)``.

    Python functions are counted by a profiler. A built-in is counted by the profiler (a call
    from Python) and by PyTorch's function mode, which also sees ``torch.ops`` calls and any
    of an operator's overloads; each call is seen once by one or both, so a built-in's count
    is the larger of the two."""
    codes = {t.__code__ for t in targets if hasattr(t, "__code__")}
    builtins = [t for t in targets if not hasattr(t, "__code__")]
    python_calls = 0
    seen_by_profiler = [0] * len(builtins)
    seen_by_torch = [0] * len(builtins)

    def profiler(frame: Any, event: str, arg: Any) -> None:
        nonlocal python_calls
        if event == "call" and frame.f_code in codes:
            python_calls += 1
        elif event == "c_call" and frame.f_code is not forwarding:  # not the mode's own call
            for index, target in enumerate(builtins):
                seen_by_profiler[index] += arg is target

    def torch_call(function: Any) -> None:
        packet = getattr(function, "overloadpacket", None)  # aten.op.default -> aten.op
        for index, target in enumerate(builtins):
            seen_by_torch[index] += function is target or (packet is not None and packet is target)

    with _torch_calls_seen(torch_call if builtins else None) as forwarding, _profiled(profiler):
        result = call(func, *args, **kwargs)
    return result, python_calls + sum(map(max, seen_by_profiler, seen_by_torch))


@contextlib.contextmanager
def _torch_calls_seen(record: Callable[[Any], None] | None) -> Iterator[Any]:
    """Report every PyTorch function called inside to ``record`` (nothing without torch).
    Yields the code that forwards each call, whose own calls are not the learner's."""
    torch = sys.modules.get("torch")
    if record is None or torch is None:
        yield None
        return

    class Recorder(torch.overrides.TorchFunctionMode):
        def __torch_function__(self, function, types, args=(), kwargs=None):
            record(function)
            return function(*args, **(kwargs or {}))

    with Recorder():
        yield Recorder.__torch_function__.__code__


def autograd_calls(func: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, int]:
    """Call ``func`` and count the calls of ``torch.autograd.grad`` and
    ``torch.autograd.backward`` it makes (a backward "by hand" makes none of its own)."""
    torch = _torch()
    return calls_to((torch.autograd.grad, torch.autograd.backward), func, *args, **kwargs)
