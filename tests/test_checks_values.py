"""mlinterview.checks.values: shapes, dtypes and values, with what to look at."""

from __future__ import annotations

import numpy as np
import pytest

from mlinterview import checks


def message(excinfo) -> str:
    return str(excinfo.value)


def test_shape_message_says_got_and_expected():
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_shape("knn_predict", np.zeros((10, 1)), (10,), "one label per test row")
    assert message(excinfo) == (
        "`knn_predict` returned shape (10, 1); expected (10,): one label per test row"
    )


def test_close_passes_within_tolerance_and_names_first_difference():
    expected = np.arange(6.0).reshape(2, 3)
    checks.check_close("f", expected + 1e-9, expected)
    got = expected.copy()
    got[1, 2] += 0.5
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_close("f", got, expected, case="a hidden case", hint="look at the axis.")
    text = message(excinfo)
    assert "`f` differs on a hidden case in 1 of 6 entries" in text
    assert "first at index (1, 2): got 5.5, expected 5" in text
    assert text.endswith("Hint: look at the axis.")


def test_close_never_prints_the_whole_expected_array():
    expected = np.linspace(0, 1, 50)
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_close("f", expected + 1, expected)
    assert str(expected[10])[:6] not in message(excinfo)


def test_close_checks_shape_first_and_rejects_nan():
    with pytest.raises(checks.CheckFailure, match=r"returned shape \(3,\); expected \(3, 1\)"):
        checks.check_close("f", np.zeros(3), np.zeros((3, 1)))
    with pytest.raises(checks.CheckFailure, match="differs"):
        checks.check_close("f", np.array([np.nan]), np.array([0.0]))


def test_close_scalar_message():
    with pytest.raises(checks.CheckFailure, match=r"`auc` returned 0.4; expected 0.5"):
        checks.check_close("auc", 0.4, 0.5)


def test_close_rejects_non_numbers():
    with pytest.raises(checks.CheckFailure, match="expected a NumPy array"):
        checks.check_close("f", [object()], [1.0])


def test_equal_for_labels():
    checks.check_equal("one_hot", np.array([[1, 0]]), [[1, 0]])
    checks.check_equal("one_hot", np.array([[True, False]]), [[1, 0]])
    with pytest.raises(checks.CheckFailure, match=r"first at index \(0, 1\): got 1, expected 0"):
        checks.check_equal("one_hot", np.array([[1, 1]]), [[1, 0]])
    with pytest.raises(checks.CheckFailure, match="non-integer"):
        checks.check_equal("labels", np.array([0.5, 1.0]), [0, 1])


def test_finite_names_the_first_bad_entry():
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_finite("softmax", np.array([0.5, np.nan, np.inf]), "large logits")
    assert "2 NaN or infinite value(s), first nan at index (1,)" in message(excinfo)
    assert "Look at large logits." in message(excinfo)


def test_dtype_kind():
    checks.check_dtype_kind("f", np.zeros(2), "f", "floats")
    with pytest.raises(checks.CheckFailure, match="returned dtype int64; expected floats"):
        checks.check_dtype_kind("f", np.zeros(2, dtype=np.int64), "f", "floats")


def test_tuple():
    checks.check_tuple("standardize", (1, 2, 3), 3, "(X_std, mean, std)")
    with pytest.raises(checks.CheckFailure, match="returned array of shape"):
        checks.check_tuple("standardize", np.zeros(3), 3, "(X_std, mean, std)")


def test_unchanged():
    before = np.arange(3.0)
    checks.check_unchanged("f", before, before.copy(), "X")
    with pytest.raises(checks.CheckFailure, match="modified its input `X` in place"):
        checks.check_unchanged("f", before, before + 1, "X")


def test_check_unchanged_takes_strings_and_nan():
    labels = np.array(["b", "a", "b"])
    checks.check_unchanged("fit", labels.copy(), labels, "y")
    with pytest.raises(checks.CheckFailure, match="modified its input `y`"):
        checks.check_unchanged("fit", labels.copy(), np.array(["a", "a", "b"]), "y")
    with_nan = np.array([1.0, np.nan])
    checks.check_unchanged("fit", with_nan.copy(), with_nan, "X")
