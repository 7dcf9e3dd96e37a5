"""mlinterview.checks.failures: failures, hints, and calling the learner's code."""

from __future__ import annotations

import numpy as np
import pytest

from mlinterview import checks


def message(excinfo) -> str:
    return str(excinfo.value)


def test_failures_are_assertion_errors():
    assert issubclass(checks.CheckFailure, AssertionError)
    assert issubclass(checks.NotAttempted, checks.CheckFailure)


def test_call_reports_the_stub_as_not_attempted():
    def knn_predict(X):
        raise NotImplementedError()

    with pytest.raises(checks.NotAttempted) as excinfo:
        checks.call(knn_predict, np.zeros((2, 2)))
    assert "`knn_predict` is not attempted yet" in message(excinfo)


def test_call_names_the_call_that_raised():
    def standardize(X, ddof=0):
        raise ValueError("bad things")

    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.call(standardize, np.zeros((3, 2)), ddof=1)
    text = message(excinfo)
    assert "standardize(array of shape (3, 2) and dtype float64, ddof=1)" in text
    assert "raised ValueError: bad things" in text


def test_call_returns_the_result():
    assert checks.call(lambda a, b=1: a + b, 2, b=3) == 5


def test_defined():
    assert checks.check_defined("x", {"x": 1}) == 1
    with pytest.raises(checks.NotAttempted, match="`quiz` is not defined yet"):
        checks.check_defined("quiz", {})


def test_conditional_hints_name_only_the_mistake_that_was_made():
    expected = np.array([4.0, 9.0])
    no_root = checks.hint_if_close(np.sqrt(expected), "squared distances: no square root.")
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_close("d", [2.0, 3.0], expected, hint=no_root)
    assert message(excinfo).endswith("Hint: squared distances: no square root.")
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_close("d", [5.0, 9.0], expected, hint=no_root)
    assert "Hint" not in message(excinfo)


def test_the_first_hint_that_answers_wins_and_a_broken_hint_is_ignored():
    def broken(got, expected):
        raise ValueError("a bug in a hint")

    hints = [broken, checks.hint_if_close([0.0], "never"), "look at the axis."]
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_close("f", [1.0, 2.0], [1.0, 3.0], hint=hints)
    assert message(excinfo).endswith("Hint: look at the axis.")
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_equal("y", [1, 2], [1, 3], hint=checks.hint_if_close([1, 2], "off by one."))
    assert message(excinfo).endswith("Hint: off by one.")


def test_call_keeps_warnings_and_stderr_out_of_the_graded_cell(capsys):
    import sys
    import warnings

    def noisy(x):
        warnings.warn("a harmless warning", stacklevel=2)
        print("progress...", file=sys.stderr)
        return np.where(x == 0, 0.0, 1.0 / x)  # 1 / 0 in the discarded branch

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning escaping call() would raise here
        result = checks.call(noisy, np.array([0.0, 2.0]))
    np.testing.assert_array_equal(result, [0.0, 0.5])
    assert capsys.readouterr().err == ""


def test_methods_are_named_with_their_class():
    class LogisticRegression:
        def fit(self, X):
            raise NotImplementedError()

    with pytest.raises(checks.NotAttempted, match=r"`LogisticRegression.fit` is not attempted"):
        checks.call(LogisticRegression().fit, np.zeros((2, 2)))


def test_check_raises_wants_exactly_the_named_exception():
    def raises_value_error(x):
        raise ValueError("one class")

    checks.check_raises(raises_value_error, 1, exception=ValueError, case="c")
    with pytest.raises(checks.CheckFailure, match="returned float 0.5 on c; expected ValueError"):
        checks.check_raises(lambda x: 0.5, 1, exception=ValueError, case="c")
    with pytest.raises(checks.CheckFailure, match="raised ZeroDivisionError on c"):
        checks.check_raises(lambda x: 1 / 0, 1, exception=ValueError, case="c")

    def stub(x):
        raise NotImplementedError()

    with pytest.raises(checks.NotAttempted):
        checks.check_raises(stub, 1, exception=ValueError, case="c")


def test_call_describes_arrays_inside_a_batch_instead_of_printing_them():
    def collate(batch):
        raise ValueError("no")

    batch = [(np.ones((500, 3)), 1), (np.ones((2, 3)), 0)]
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.call(collate, batch)
    text = message(excinfo)
    assert "collate([(array of shape (500, 3) and dtype float64, 1), (array of shape" in text
    assert "1., 1." not in text
