"""mlinterview.integrity puts back what an answer changed in NumPy and the checks."""

from __future__ import annotations

import builtins
import sys
import types

import numpy as np

from mlinterview import checks, integrity


def test_restore_undoes_reassigned_functions_swapped_code_and_fake_modules():
    integrity.seal()
    real_allclose, real_check_close, real_len = np.allclose, checks.check_close, builtins.len
    code = checks.check_close.__code__
    try:
        np.allclose = lambda *args, **kwargs: True
        checks.check_close.__code__ = (lambda *args, **kwargs: None).__code__
        checks.check_shape = lambda *args, **kwargs: None
        builtins.len = lambda x: 0
        sys.modules["mlinterview.checks"] = types.ModuleType("mlinterview.checks")
        changed = integrity.restore()
    finally:
        np.allclose, builtins.len = real_allclose, real_len
    assert np.allclose is real_allclose and builtins.len is real_len
    assert checks.check_close is real_check_close and checks.check_close.__code__ is code
    assert sys.modules["mlinterview.checks"] is checks
    assert {"numpy.allclose", "mlinterview.checks.check_shape", "builtins.len"} <= set(changed)
    assert "sys.modules['mlinterview.checks']" in changed
    assert integrity.restore() == []  # nothing left to undo
