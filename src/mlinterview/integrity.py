"""Put back what a submission changed in the modules the hidden tests rely on.

The grading kernel (``mlinterview.grading_kernel``) calls ``seal()`` before any learner code
runs, which records the namespaces of NumPy, ``mlinterview.checks`` (each of its modules) and a
few oracles, and the code of their functions. Before every test cell the grader calls
``restore()``, which undoes what an answer did to them: reassigned functions
(``np.allclose = ...``), swapped function code (``f.__code__ = ...``), replaced ``sys.modules``
entries, a fake ``np`` in the notebook's namespace, patched built-ins. So a test cell checks with
the course's checks and NumPy.

This stops the patching a learner can do in a line or two; it cannot stop code written to attack
the grader itself inside the same process (it could patch ``restore``). The README's threat
model says what to do about that.
"""

from __future__ import annotations

import builtins
import importlib
import importlib.util
import sys
import types

#: Modules whose namespaces are kept: the checks, NumPy, and oracles cheap to load. The checks
#: are a package: a check calls the others through its own module's namespace (``check_close``
#: calls ``mlinterview.checks.values.check_shape``), so each of its modules is watched.
WATCHED = (
    "numpy",
    "numpy.linalg",
    "numpy.random",
    "numpy.testing",
    "scipy.special",
    "mlinterview",
    "mlinterview.checks",
    "mlinterview.checks.failures",
    "mlinterview.checks.values",
    "mlinterview.checks.tracing",
    "mlinterview.checks.gradients",
    "mlinterview.checks.clusters",
    "mlinterview.checks.frequencies",
    "mlinterview.checks.speed",
    "mlinterview.checks.choices",
    "mlinterview.checks.plots",
    "mlinterview.checks.learner_mode",
    "mlinterview.checks.practice",
    "mlinterview.checks.tensors",
)
#: PyTorch's modules that lesson 05's checks and oracles call (``torch.autograd.gradcheck``,
#: ``torch.allclose``, ``F.scaled_dot_product_attention``, ``pad_sequence``). PyTorch takes a
#: second to import, so they are sealed only for a notebook whose test cells use it
#: (``seal_torch``), before its first cell.
TORCH_WATCHED = (
    "torch",
    "torch.autograd",
    "torch.autograd.gradcheck",
    "torch.nn",
    "torch.nn.functional",
    "torch.nn.utils.rnn",
    "torch.optim",
    "torch.utils.data",
)
# Built-ins IPython replaces on purpose once the kernel runs.
_KERNEL_BUILTINS = {"input", "breakpoint", "exit", "quit", "help", "display", "get_ipython"}

_modules: dict[str, types.ModuleType] = {}
_namespaces: dict[str, dict[str, object]] = {}
_code: dict[int, tuple[types.FunctionType, object, object, object]] = {}
_builtins: dict[str, object] = {}


def _remember_functions(namespace: dict[str, object]) -> None:
    for value in list(namespace.values()):
        candidates = [value]
        if isinstance(value, type):
            candidates = [v for v in vars(value).values() if isinstance(v, types.FunctionType)]
        for function in candidates:
            if isinstance(function, types.FunctionType) and id(function) not in _code:
                _code[id(function)] = (
                    function,
                    function.__code__,
                    function.__defaults__,
                    function.__kwdefaults__,
                )


def seal(names: tuple[str, ...] = WATCHED) -> None:
    """Record the watched modules as they are now (before any learner code)."""
    sealed = {name: importlib.import_module(name) for name in names}  # a package's namespace
    for name, module in sealed.items():  # holds its submodules: all imported first
        _modules[name] = module
        _namespaces[name] = dict(vars(module))
        _remember_functions(_namespaces[name])
    _builtins.update(
        (name, value)
        for name, value in vars(builtins).items()
        if name not in _KERNEL_BUILTINS and isinstance(value, (types.BuiltinFunctionType, type))
    )


def seal_torch() -> None:
    """Also record PyTorch's watched modules (``TORCH_WATCHED``), where PyTorch is installed;
    without it the notebook's first cell says how to install it."""
    if importlib.util.find_spec("torch") is not None:
        seal(TORCH_WATCHED)


def restore() -> list[str]:
    """Undo changes to the watched modules; returns what was changed (for the grader's log)."""
    changed = []
    for name, module in _modules.items():
        if sys.modules.get(name) is not module:
            sys.modules[name] = module
            changed.append(f"sys.modules[{name!r}]")
        namespace = vars(module)
        for attribute, value in _namespaces[name].items():
            if namespace.get(attribute, _MISSING) is not value:
                setattr(module, attribute, value)
                changed.append(f"{name}.{attribute}")
    for function, code, defaults, kwdefaults in _code.values():
        if function.__code__ is not code:
            function.__code__ = code
            changed.append(f"{function.__module__}.{function.__qualname__}.__code__")
        if function.__defaults__ is not defaults or function.__kwdefaults__ is not kwdefaults:
            function.__defaults__, function.__kwdefaults__ = defaults, kwdefaults
            changed.append(f"{function.__module__}.{function.__qualname__} defaults")
    for attribute, value in _builtins.items():
        if getattr(builtins, attribute, _MISSING) is not value:
            setattr(builtins, attribute, value)
            changed.append(f"builtins.{attribute}")
    changed += _restore_notebook_names()
    return changed


def _restore_notebook_names() -> list[str]:
    """The lessons' test cells use ``np`` from the notebook: make it NumPy again."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or "numpy" not in _modules:
        return []
    if "np" in shell.user_ns and shell.user_ns["np"] is not _modules["numpy"]:
        shell.user_ns["np"] = _modules["numpy"]
        return ["np"]
    return []


_MISSING = object()

#: What the grading kernel runs at start, and silently before each test cell.
SEAL_CODE = "__import__('mlinterview.integrity').integrity.seal()"
SEAL_TORCH_CODE = "__import__('mlinterview.integrity').integrity.seal_torch()"
RESTORE_CODE = "__import__('mlinterview.integrity').integrity.restore()"
