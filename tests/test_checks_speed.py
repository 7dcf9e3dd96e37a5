"""mlinterview.checks.speed: not far slower than a vectorised reference."""

from __future__ import annotations

import time

import pytest

from mlinterview import checks


def message(excinfo) -> str:
    return str(excinfo.value)


def _busy(seconds: float) -> None:
    """Spend ``seconds`` of CPU time, what check_speed measures."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_speed_passes_code_as_fast_as_the_reference_and_returns_its_result():
    def knn_predict(x):
        _busy(0.06)
        return x + 1

    assert checks.check_speed(knn_predict, 1, reference=lambda: _busy(0.05), case="c") == 2


def test_speed_fails_code_far_slower_than_the_reference_with_the_ratio():
    def knn_predict(x):
        _busy(0.4)
        return x

    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_speed(knn_predict, 1, reference=lambda: _busy(0.01), case="4000 points")
    text = message(excinfo)
    assert "`knn_predict` took more than 10 times as long as a vectorised reference" in text
    assert "on 4000 points" in text and " s " not in text  # no timings: the same every run


def test_speed_never_fails_below_the_noise_floor():
    # Ten times a microsecond is still nothing anyone waits for.
    checks.check_speed(lambda: _busy(0.002), reference=lambda: None, case="c")


def test_speed_reports_a_crash_as_a_crash():
    def kmeans():
        raise ValueError("boom")

    with pytest.raises(checks.CheckFailure, match=r"`kmeans\(\)` raised ValueError: boom"):
        checks.check_speed(kmeans, reference=lambda: None, case="c")


def _linear_work(n):
    return (n,)


def test_growth_passes_work_that_grows_like_n():
    def best_split(n):
        _busy(n * 2e-6)

    checks.check_growth(
        best_split, _linear_work, (20_000, 160_000), max_exponent=1.5, case="points"
    )


def test_growth_fails_work_that_grows_like_n_squared_without_timings():
    def best_split(n):
        _busy((n / 1000) ** 2 * 1e-3)

    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_growth(
            best_split,
            _linear_work,
            (1000, 8000),
            max_exponent=1.5,
            case="points",
            expected="O(n log n)",
        )
    text = message(excinfo)
    assert "`best_split`'s work grew faster than the task allows from 1,000 to 8,000 points" in text
    assert "expected O(n log n)" in text and " s " not in text


def test_growth_never_fails_work_too_small_to_wait_for():
    checks.check_growth(
        lambda n: _busy(n * 1e-8), _linear_work, (10, 1000), max_exponent=0.5, case="c"
    )
