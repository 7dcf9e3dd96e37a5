"""mlinterview.integrity puts back what an answer changed in NumPy and the checks."""

from __future__ import annotations

import builtins
import pkgutil
import sys
import types

import numpy as np
import pytest

from mlinterview import checks, integrity
from mlinterview.checks import failures, speed, values


@pytest.fixture
def sealed(monkeypatch):
    """``integrity.seal()`` as the grading kernel runs it, and ``monkeypatch`` for the test's
    patches: whatever ``restore()`` does or fails to do, every patch is undone after the test,
    and so are the records ``seal()`` kept."""
    integrity.seal()
    yield monkeypatch
    monkeypatch.undo()  # before the records go: the patches first
    for records in (
        integrity._modules,
        integrity._namespaces,
        integrity._code,
        integrity._builtins,
    ):
        records.clear()


def test_restore_undoes_reassigned_functions_swapped_code_and_fake_modules(sealed):
    real_allclose, real_check_close, real_len = np.allclose, checks.check_close, builtins.len
    code = checks.check_close.__code__
    sealed.setattr(np, "allclose", lambda *args, **kwargs: True)
    sealed.setattr(checks.check_close, "__code__", (lambda *args, **kwargs: None).__code__)
    sealed.setattr(checks, "check_shape", lambda *args, **kwargs: None)
    sealed.setitem(sys.modules, "mlinterview.checks", types.ModuleType("mlinterview.checks"))
    sealed.setattr(builtins, "len", lambda x: 0)
    changed = integrity.restore()
    assert np.allclose is real_allclose and builtins.len is real_len
    assert checks.check_close is real_check_close and checks.check_close.__code__ is code
    assert sys.modules["mlinterview.checks"] is checks
    assert {"numpy.allclose", "mlinterview.checks.check_shape", "builtins.len"} <= set(changed)
    assert "sys.modules['mlinterview.checks']" in changed
    assert integrity.restore() == []  # nothing left to undo


def test_every_module_of_the_checks_package_is_watched():
    modules = {f"mlinterview.checks.{info.name}" for info in pkgutil.iter_modules(checks.__path__)}
    assert modules and modules <= set(integrity.WATCHED)


def test_restore_undoes_patches_inside_the_checks_modules(sealed):
    """A check calls the others through its own module, so a patch there fools it even with the
    package's namespace intact: ``checks.check_close`` calls ``values.check_shape``."""
    real = {
        "check_close": values.check_close,
        "check_shape": values.check_shape,
        "call": failures.call,
        "speed_call": speed.call,
    }
    finite_code = values.check_finite.__code__
    sealed.setattr(values, "check_shape", lambda name, value, expected, why="": np.zeros(expected))
    sealed.setattr(values, "check_close", lambda *args, **kwargs: None)
    sealed.setattr(failures, "call", lambda func, *args, **kwargs: 42)
    sealed.setattr(speed, "call", lambda func, *args, **kwargs: 42)
    sealed.setattr(values.check_finite, "__code__", (lambda *args, **kwargs: None).__code__)
    fake = types.ModuleType("mlinterview.checks.values")
    sealed.setitem(sys.modules, "mlinterview.checks.values", fake)
    sealed.setattr(checks, "values", fake)
    checks.check_close("f", np.ones(2), np.zeros(3))  # fooled through values.check_shape

    changed = set(integrity.restore())

    assert {
        "mlinterview.checks.values.check_shape",
        "mlinterview.checks.values.check_close",
        "mlinterview.checks.failures.call",
        "mlinterview.checks.speed.call",
        "mlinterview.checks.values",
        "sys.modules['mlinterview.checks.values']",
        "mlinterview.checks.values.check_finite.__code__",
    } <= changed
    for name in ("check_close", "check_shape"):
        assert getattr(values, name) is real[name]
    assert failures.call is real["call"] and speed.call is real["speed_call"]
    assert values.check_finite.__code__ is finite_code
    assert sys.modules["mlinterview.checks.values"] is values and checks.values is values
    with pytest.raises(checks.CheckFailure, match=r"returned shape \(2,\); expected \(3,\)"):
        checks.check_close("f", np.ones(2), np.zeros(3))
    with pytest.raises(checks.CheckFailure, match="NaN"):
        checks.check_finite("f", np.array([np.nan]))
    assert checks.call(lambda: 1) == 1
    assert integrity.restore() == []


def test_seal_torch_watches_what_lesson_05_checks_with(sealed):
    """Where PyTorch is installed, an answer that patches gradcheck or torch.allclose is undone."""
    torch = pytest.importorskip("torch", reason="PyTorch is not installed (lesson 05 needs it)")
    integrity.seal_torch()
    real_gradcheck, real_allclose = torch.autograd.gradcheck, torch.allclose
    sealed.setattr(torch.autograd, "gradcheck", lambda *args, **kwargs: True)
    sealed.setattr(torch, "allclose", lambda *args, **kwargs: True)
    changed = set(integrity.restore())
    assert torch.autograd.gradcheck is real_gradcheck and torch.allclose is real_allclose
    assert {"torch.autograd.gradcheck", "torch.allclose"} <= changed
    assert integrity.restore() == []
