"""practice-evaluation-data's reference solutions (confusion_matrix, stratified_kfold,
time_series_split, calibration_curve) against independent oracles on many random cases.

The hidden tests compare a learner's answer with scikit-learn (or, for the random
stratified_kfold, with the contract's properties); this proves the reference solutions meet the
same bar, so the source notebooks grade full marks for the right reasons.
"""

from __future__ import annotations

import itertools
import warnings

import nbformat
import numpy as np
import pytest
from course_harness import REPO, answer_cells
from sklearn.calibration import calibration_curve as sklearn_calibration_curve
from sklearn.metrics import confusion_matrix as sklearn_confusion_matrix
from sklearn.model_selection import TimeSeriesSplit

SET = "practice-evaluation-data"


def reference(question: str):
    """The question's reference solution: its notebook's imports and answer cell, run."""
    notebook = nbformat.read(REPO / "source" / SET / f"{question}.ipynb", 4)
    setup = next(cell for cell in notebook.cells if cell.get("id") == "setup")
    namespace: dict = {}
    exec(setup.source, namespace)
    exec(answer_cells(notebook)[question].source, namespace)
    return namespace[question]


# --- confusion_matrix ------------------------------------------------------------------------


def _sklearn_cm(y_true, y_pred, labels=None):
    with warnings.catch_warnings():  # a 1 x 1 matrix warns
        warnings.simplefilter("ignore")
        return sklearn_confusion_matrix(y_true, y_pred, labels=labels)


def _label_pool(rng, kind):
    if kind == "strings":
        return np.array(["ant", "bee", "cat", "dog", "eel", "fox", "gnu"])[: rng.integers(1, 8)]
    if kind == "negative":
        return np.unique(rng.integers(-50, 50, size=rng.integers(1, 8)))
    return np.arange(rng.integers(1, 8))


@pytest.mark.parametrize("kind", ["contiguous", "negative", "strings"])
def test_confusion_matrix_matches_sklearn(kind):
    confusion_matrix = reference("confusion_matrix")
    rng = np.random.default_rng({"contiguous": 1, "negative": 2, "strings": 3}[kind])
    for _ in range(150):
        pool = _label_pool(rng, kind)
        n = int(rng.integers(1, 60))
        y_true = rng.choice(pool, size=n)
        y_pred = np.where(rng.random(n) < 0.5, y_true, rng.choice(pool, size=n))
        got = confusion_matrix(y_true, y_pred)
        assert got.dtype.kind in "iu"
        np.testing.assert_array_equal(got, _sklearn_cm(y_true, y_pred))
        # labels: a random order of a random subset, sometimes with labels that never occur
        extra = np.array(["zzz", "yak"]) if kind == "strings" else np.array([97, 98])
        candidates = np.concatenate([pool, extra[: rng.integers(0, 3)]])
        labels = rng.permutation(candidates)[: rng.integers(1, len(candidates) + 1)]
        if not np.isin(y_true, labels).any():  # scikit-learn raises then; the contract excludes it
            continue
        for given in (labels, labels.tolist()):
            before = (y_true.copy(), y_pred.copy(), labels.copy())
            got = confusion_matrix(y_true, y_pred, labels=given)
            np.testing.assert_array_equal(got, _sklearn_cm(y_true, y_pred, labels=labels))
            for a, b in zip(before, (y_true, y_pred, labels), strict=True):
                np.testing.assert_array_equal(a, b)


# --- time_series_split -----------------------------------------------------------------------


def _sklearn_splits(n_samples, n_splits, test_size, gap):
    try:
        splitter = TimeSeriesSplit(n_splits, test_size=test_size, gap=gap)
        return list(splitter.split(np.zeros(n_samples)))
    except ValueError:
        return ValueError


def test_time_series_split_matches_sklearn_on_a_grid():
    time_series_split = reference("time_series_split")
    grid = itertools.product(range(1, 41), range(-1, 9), [None, *range(1, 9)], range(7))
    raised = compared = 0
    for n_samples, n_splits, test_size, gap in grid:
        expected = _sklearn_splits(n_samples, n_splits, test_size, gap)
        if expected is ValueError:
            with pytest.raises(ValueError):
                time_series_split(n_samples, n_splits, test_size=test_size, gap=gap)
            raised += 1
            continue
        got = time_series_split(n_samples, n_splits, test_size=test_size, gap=gap)
        assert isinstance(got, list) and len(got) == len(expected)
        for (train, test), (want_train, want_test) in zip(got, expected, strict=True):
            assert train.dtype.kind in "iu" and test.dtype.kind in "iu"
            np.testing.assert_array_equal(train, want_train)
            np.testing.assert_array_equal(test, want_test)
        compared += 1
    assert raised > 1000 and compared > 1000


def test_time_series_split_defaults():
    time_series_split = reference("time_series_split")
    for n_samples in range(6, 30):
        expected = _sklearn_splits(n_samples, 5, None, 0)
        got = time_series_split(n_samples)
        for (train, test), (want_train, want_test) in zip(got, expected, strict=True):
            np.testing.assert_array_equal(train, want_train)
            np.testing.assert_array_equal(test, want_test)
    with pytest.raises(ValueError):
        time_series_split(5)


# --- calibration_curve -----------------------------------------------------------------------


def _check_curve(calibration_curve, y_true, y_prob, n_bins):
    before = (y_true.copy(), y_prob.copy())
    prob_true, prob_pred = calibration_curve(y_true, y_prob, n_bins=n_bins)
    want_true, want_pred = sklearn_calibration_curve(y_true, y_prob, n_bins=n_bins)
    assert prob_true.dtype.kind == "f" and prob_pred.dtype.kind == "f"
    np.testing.assert_allclose(prob_true, want_true, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(prob_pred, want_pred, rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(before[0], y_true)
    np.testing.assert_array_equal(before[1], y_prob)


def test_calibration_curve_matches_sklearn():
    calibration_curve = reference("calibration_curve")
    rng = np.random.default_rng(4)
    for _ in range(300):
        n = int(rng.integers(1, 300))
        n_bins = int(rng.integers(1, 25))
        y_prob = rng.random(n) ** rng.uniform(0.3, 3)
        decimals = rng.integers(0, 4)
        if decimals:  # many probabilities exactly on edges, 0 and 1
            y_prob = np.round(y_prob, int(decimals))
        y_true = (rng.random(n) < y_prob).astype(int)
        _check_curve(calibration_curve, y_true, y_prob, n_bins)


@pytest.mark.parametrize("n_bins", [1, 2, 3, 4, 5, 8, 10, 20])
def test_calibration_curve_on_every_edge(n_bins):
    """Probabilities i / n_bins, the edges the hidden tests use (exact in floating point for
    these n_bins, so every way of binning agrees with scikit-learn's np.linspace edges)."""
    calibration_curve = reference("calibration_curve")
    y_prob = np.repeat(np.arange(n_bins + 1) / n_bins, 2)
    y_true = np.tile([0, 1], n_bins + 1)
    _check_curve(calibration_curve, y_true, y_prob, n_bins)
    assert len(calibration_curve(y_true, y_prob, n_bins=n_bins)[0]) == n_bins


def test_calibration_curve_refuses_probabilities_outside_0_1():
    calibration_curve = reference("calibration_curve")
    for bad in ([-1e-12, 0.5], [0.5, 1 + 1e-12], [2.0, 3.0], [-0.5, 1.5]):
        with pytest.raises(ValueError):
            sklearn_calibration_curve([0, 1], bad)
        with pytest.raises(ValueError):
            calibration_curve(np.array([0, 1]), np.array(bad))


# --- stratified_kfold (random: its properties) -----------------------------------------------


def _check_stratified_folds(folds, y, n_splits):
    n = len(y)
    assert isinstance(folds, list) and len(folds) == n_splits
    tests = [test for _, test in folds]
    for train, test in folds:
        for idx in (train, test):
            assert idx.dtype.kind in "iu" and idx.ndim == 1 and np.all(np.diff(idx) > 0)
        np.testing.assert_array_equal(train, np.setdiff1d(np.arange(n), test))
    np.testing.assert_array_equal(np.sort(np.concatenate(tests)), np.arange(n))
    sizes = [len(t) for t in tests]
    assert max(sizes) - min(sizes) <= 1
    for label in np.unique(y):
        n_c = int(np.sum(y == label))
        for test in tests:
            assert n_c // n_splits <= np.sum(y[test] == label) <= -(-n_c // n_splits)


def test_stratified_kfold_properties_on_random_labels():
    stratified_kfold = reference("stratified_kfold")
    rng = np.random.default_rng(5)
    for _ in range(300):
        n = int(rng.integers(2, 80))
        n_classes = int(rng.integers(1, 7))
        weights = rng.dirichlet(np.ones(n_classes) * 0.7)
        y = rng.choice(n_classes, size=n, p=weights)
        if rng.random() < 0.3:
            y = np.array(["a", "b", "c", "d", "e", "f", "g"])[y]
        n_splits = int(rng.integers(2, n + 1))
        seed = int(rng.integers(2**31))
        before = y.copy()
        folds = stratified_kfold(y, n_splits=n_splits, seed=seed)
        np.testing.assert_array_equal(before, y)
        _check_stratified_folds(folds, y, n_splits)
        again = stratified_kfold(y, n_splits=n_splits, seed=seed)
        for (a_train, a_test), (b_train, b_test) in zip(folds, again, strict=True):
            np.testing.assert_array_equal(a_train, b_train)
            np.testing.assert_array_equal(a_test, b_test)


def test_stratified_kfold_seeds_change_the_partition():
    stratified_kfold = reference("stratified_kfold")
    y = np.repeat([0, 1, 2], [10, 6, 4])
    partitions = {
        frozenset(frozenset(test.tolist()) for _, test in stratified_kfold(y, 4, seed))
        for seed in range(30)
    }
    assert len(partitions) == 30
    # Every sample lands in every fold for some seed, and any two samples of a class share a
    # fold for some seed: the shuffle is not confined to a fixed pattern.
    y = np.zeros(8, dtype=int)
    together = np.zeros((8, 8), dtype=bool)
    for seed in range(300):
        for _, test in stratified_kfold(y, 4, seed):
            together[np.ix_(test, test)] = True
    assert together.all()
    np.testing.assert_array_equal(
        stratified_kfold(y, 4)[0][1], stratified_kfold(y, n_splits=4, seed=0)[0][1]
    )


def test_stratified_kfold_value_errors():
    stratified_kfold = reference("stratified_kfold")
    y = np.array([0, 1, 0, 1, 1])
    for n_splits in (-1, 0, 1, 6, 100):
        with pytest.raises(ValueError):
            stratified_kfold(y, n_splits=n_splits)
    _check_stratified_folds(stratified_kfold(y, n_splits=5), y, 5)  # leave-one-out is fine
    y = np.array([0, 0, 0, 0, 0, 0, 1])  # a class smaller than n_splits is fine
    _check_stratified_folds(stratified_kfold(y, n_splits=3, seed=1), y, 3)
