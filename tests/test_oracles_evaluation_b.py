"""Four reference solutions of practice-evaluation-data against independent oracles.

The questions' hidden tests compare a learner's answer with oracles (scikit-learn, SciPy, the
formula written out, naive loops); this module proves the reference solutions in source/ agree
with the same oracles, and with a second one where there is one, on many random cases:

- ``ndcg_at_k``: scikit-learn's ``ndcg_score(ignore_ties=False)``, tied scores and every k;
- ``two_proportion_ztest``: statsmodels' ``proportions_ztest`` formula written out with
  ``scipy.stats.norm``, and SciPy's chi-square test of the 2 x 2 table (z squared, two-sided p);
- ``target_encode``: a dictionary loop recomputing every out-of-fold encoding from the returned
  folds, scikit-learn's ``TargetEncoder`` for the test rows, and the folds' properties (sizes,
  determinism, independence from the labels, no label reaching its own row);
- ``sessionize``: a naive loop over each user's events on shuffled rows with any index.
"""

from __future__ import annotations

import nbformat
import numpy as np
import pandas as pd
import pytest
from course_harness import REPO, answer_cells
from scipy.stats import chi2_contingency, norm
from sklearn.metrics import ndcg_score
from sklearn.preprocessing import TargetEncoder

SET = "practice-evaluation-data"


def reference(name: str):
    """The question's reference solution: its notebook's imports cell and answer cell, run."""
    notebook = nbformat.read(REPO / "source" / SET / f"{name}.ipynb", 4)
    namespace: dict = {}
    imports = next(c for c in notebook.cells if c.get("id") == "imports")
    exec(imports.source, namespace)
    exec(answer_cells(notebook)[name].source, namespace)
    return namespace[name]


@pytest.fixture(scope="module")
def ndcg_at_k():
    return reference("ndcg_at_k")


@pytest.fixture(scope="module")
def two_proportion_ztest():
    return reference("two_proportion_ztest")


@pytest.fixture(scope="module")
def target_encode():
    return reference("target_encode")


@pytest.fixture(scope="module")
def sessionize():
    return reference("sessionize")


# --- ndcg_at_k --------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(40))
def test_ndcg_matches_scikit_learn(ndcg_at_k, seed):
    rng = np.random.default_rng(seed)
    n_queries, n_items = int(rng.integers(1, 9)), int(rng.integers(2, 16))
    if seed % 2:
        relevance = rng.integers(0, 4, size=(n_queries, n_items))
    else:
        relevance = np.round(rng.uniform(0, 3, size=(n_queries, n_items)), 1)
    relevance[rng.random(n_queries) < 0.2] = 0  # some queries without a relevant item
    levels = int(rng.integers(2, 6))  # few distinct scores: many ties ...
    scores = rng.integers(0, levels, size=(n_queries, n_items)) / levels
    if seed % 3 == 0:
        scores = rng.normal(size=(n_queries, n_items))  # ... or none
    for k in [None, *range(1, n_items + 3)]:
        expected = ndcg_score(relevance, scores, k=k, ignore_ties=False)
        got = ndcg_at_k(relevance.copy(), scores.copy(), k=k)
        assert isinstance(got, float)
        assert got == pytest.approx(expected, rel=1e-12, abs=1e-12), (seed, k)


def test_ndcg_known_values(ndcg_at_k):
    # scikit-learn's documented example: ties averaged at rank 1.
    assert ndcg_at_k(np.array([[10, 0, 0, 1, 5]]), np.array([[1, 0, 0, 0, 1]]), k=1) == 0.75
    # no relevant item at all: 0, not NaN
    assert ndcg_at_k(np.zeros((3, 4)), np.ones((3, 4))) == 0.0


# --- two_proportion_ztest ---------------------------------------------------------------------


def statsmodels_formula(successes, trials, alternative):
    """statsmodels' proportions_ztest(count, nobs, value=None): pooled variance."""
    (s_a, s_b), (n_a, n_b) = successes, trials
    pooled = (s_a + s_b) / (n_a + n_b)
    z = (s_a / n_a - s_b / n_b) / np.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    p = {"two-sided": 2 * norm.sf(abs(z)), "larger": norm.sf(z), "smaller": norm.cdf(z)}
    return z, p[alternative]


@pytest.mark.parametrize("seed", range(30))
def test_ztest_matches_the_formula_and_the_chi_square_test(two_proportion_ztest, seed):
    rng = np.random.default_rng(seed)
    trials = tuple(int(n) for n in rng.integers(5, 3000, size=2))
    rates = rng.uniform(0.02, 0.98, size=2)
    successes = tuple(int(rng.binomial(n, r)) for n, r in zip(trials, rates, strict=True))
    pooled = sum(successes) / sum(trials)
    if pooled in (0.0, 1.0):
        pytest.skip("pooled rate 0 or 1 (tested below)")
    for alternative in ("two-sided", "larger", "smaller"):
        z, p = two_proportion_ztest(list(successes), np.array(trials), alternative=alternative)
        assert isinstance(z, float) and isinstance(p, float)
        expected_z, expected_p = statsmodels_formula(successes, trials, alternative)
        assert z == pytest.approx(expected_z, rel=1e-12, abs=1e-12)
        assert p == pytest.approx(expected_p, rel=1e-9, abs=1e-300)
    table = np.array([successes, [n - s for s, n in zip(successes, trials, strict=True)]])
    chi2, p_chi2, _, _ = chi2_contingency(table, correction=False)
    z, p = two_proportion_ztest(successes, trials)
    assert z**2 == pytest.approx(chi2, rel=1e-9)
    assert p == pytest.approx(p_chi2, rel=1e-9, abs=1e-300)


@pytest.mark.parametrize(
    "successes, trials", [((0, 0), (50, 80)), ((7, 9), (7, 9)), ((0, 0), (1, 1))]
)
@pytest.mark.parametrize("alternative", ["two-sided", "larger", "smaller"])
def test_ztest_pooled_rate_zero_or_one(two_proportion_ztest, successes, trials, alternative):
    assert two_proportion_ztest(successes, trials, alternative=alternative) == (0.0, 1.0)


@pytest.mark.parametrize(
    "successes, trials, alternative",
    [((3, 4), (10, 10), "bigger"), ((3, 4), (10, 10), ""), ((0, 4), (0, 10), "two-sided"),
     ((3, 0), (12, 0), "larger"), ((0, 0), (0, 0), "smaller")],
)  # fmt: skip
def test_ztest_value_errors(two_proportion_ztest, successes, trials, alternative):
    with pytest.raises(ValueError):
        two_proportion_ztest(successes, trials, alternative=alternative)


# --- target_encode ----------------------------------------------------------------------------


def encoder_from(categories, targets, smoothing):
    prior = sum(targets) / len(targets)
    sums: dict = {}
    counts: dict = {}
    for c, y in zip(categories, targets, strict=True):
        sums[c] = sums.get(c, 0.0) + y
        counts[c] = counts.get(c, 0) + 1
    return lambda c: (
        (sums[c] + smoothing * prior) / (counts[c] + smoothing) if c in counts else prior
    )


def out_of_fold(train_cat, train_y, fold, n_folds, smoothing):
    cats, ys = train_cat.tolist(), [float(v) for v in train_y]
    out = np.empty(len(cats))
    for k in range(n_folds):
        rows = [i for i in range(len(cats)) if fold[i] != k]
        enc = encoder_from([cats[i] for i in rows], [ys[i] for i in rows], smoothing)
        for i in np.flatnonzero(fold == k):
            out[i] = enc(cats[i])
    return out


def encoding_data(seed):
    rng = np.random.default_rng(seed)
    n_train, n_levels = int(rng.integers(12, 400)), int(rng.integers(1, 30))
    levels = (
        np.array([f"c{i}" for i in range(n_levels + 4)]) if seed % 2 else np.arange(n_levels + 4)
    )
    train_cat = levels[rng.integers(0, n_levels, size=n_train)]
    test_cat = levels[rng.integers(0, n_levels + 4, size=50)]  # some unseen in training
    if seed % 3:
        train_y = rng.integers(0, 2, size=n_train)
    else:
        train_y = rng.normal(size=n_train) * 3 + 1
    n_folds = int(rng.integers(2, min(n_train, 12) + 1))
    smoothing = float(rng.choice([0.0, 0.5, 1.0, 10.0, 40.0]))
    return train_cat, train_y, test_cat, n_folds, smoothing


@pytest.mark.parametrize("seed", range(30))
def test_target_encode_matches_the_out_of_fold_oracle(target_encode, seed):
    train_cat, train_y, test_cat, n_folds, smoothing = encoding_data(seed)
    before = (train_cat.copy(), train_y.copy(), test_cat.copy())
    train_enc, test_enc, fold = target_encode(
        train_cat, train_y, test_cat, n_folds=n_folds, smoothing=smoothing, seed=seed
    )
    for old, new in zip(before, (train_cat, train_y, test_cat), strict=True):
        np.testing.assert_array_equal(old, new)
    assert fold.dtype.kind in "iu" and fold.shape == train_cat.shape
    sizes = np.bincount(fold, minlength=n_folds)
    assert len(sizes) == n_folds and sizes.max() - sizes.min() <= 1
    expected = out_of_fold(train_cat, train_y, fold, n_folds, smoothing)
    np.testing.assert_allclose(train_enc, expected, rtol=1e-12, atol=1e-12)
    enc = encoder_from(train_cat.tolist(), [float(v) for v in train_y], smoothing)
    np.testing.assert_allclose(test_enc, [enc(c) for c in test_cat.tolist()], rtol=1e-12)
    if smoothing > 0:  # scikit-learn's encoder fitted on all training rows: the test encoding
        sk = TargetEncoder(target_type="continuous", smooth=smoothing)
        sk.fit(train_cat.reshape(-1, 1), train_y.astype(float))
        np.testing.assert_allclose(
            test_enc, sk.transform(test_cat.reshape(-1, 1)).ravel(), rtol=1e-12
        )


@pytest.mark.parametrize("seed", range(10))
def test_target_encode_folds_and_leakage(target_encode, seed):
    train_cat, train_y, test_cat, n_folds, smoothing = encoding_data(seed)
    train_enc, _, fold = target_encode(train_cat, train_y, test_cat, n_folds, smoothing, seed)
    # deterministic for a seed, never dependent on the labels
    again = target_encode(train_cat, train_y[::-1].copy(), test_cat, n_folds, smoothing, seed)
    np.testing.assert_array_equal(again[2], fold)
    # every label of one fold changed: that fold's encodings do not move
    changed = train_y.astype(float) + 7.0 * (fold == fold[0])
    moved, _, fold2 = target_encode(train_cat, changed, test_cat, n_folds, smoothing, seed)
    np.testing.assert_array_equal(fold2, fold)
    inside = fold == fold[0]
    np.testing.assert_allclose(moved[inside], train_enc[inside], rtol=1e-12, atol=1e-12)
    assert not np.allclose(moved[~inside], train_enc[~inside]) or smoothing == 0


def test_target_encode_folds_are_random(target_encode):
    """Two rows of one category share a fold about 4 / 9 of the time (10 rows, 2 folds)."""
    together = 0
    for seed in range(600):
        fold = target_encode(np.zeros(10, int), np.arange(10.0), np.array([0]), 2, seed=seed)[2]
        together += int(fold[0] == fold[1])
    assert abs(together / 600 - 4 / 9) < 0.06


# --- sessionize -------------------------------------------------------------------------------


def naive_sessions(events, gap_minutes):
    users, times = events["user_id"].tolist(), list(events["timestamp"])
    gap = pd.Timedelta(minutes=gap_minutes)
    rows_of: dict = {}
    for i, user in enumerate(users):
        rows_of.setdefault(user, []).append(i)
    sessions = []
    for user, rows in rows_of.items():
        rows.sort(key=lambda i: times[i])
        current = [rows[0]]
        for before, i in zip(rows, rows[1:], strict=False):
            if times[i] - times[before] > gap:
                sessions.append((times[current[0]], user, current))
                current = [i]
            else:
                current.append(i)
        sessions.append((times[current[0]], user, current))
    sessions.sort(key=lambda s: (s[0], s[1]))
    ids = np.empty(len(users), dtype=int)
    for number, (_, _, rows) in enumerate(sessions):
        ids[rows] = number
    return ids


def clickstream(seed):
    rng = np.random.default_rng(seed)
    gap = int(rng.choice([1, 5, 30, 45]))
    n_users = int(rng.integers(1, 40))
    names = (
        [f"u{i}" for i in rng.permutation(n_users)]
        if seed % 2
        else list(rng.permutation(n_users) * 5)
    )
    steps = np.array([0.0, 1.0, 1.0 + 1 / (60 * gap), 0.3, 2.0, 5.0])
    users, times = [], []
    base = pd.Timestamp("2024-01-01 06:00")
    for name in names:
        t = base + pd.Timedelta(minutes=10 * int(rng.integers(0, 5)))
        for _ in range(int(rng.integers(1, 30))):
            users.append(name)
            times.append(t)
            t = t + pd.Timedelta(seconds=round(float(rng.choice(steps)) * gap * 60))
    events = pd.DataFrame({"user_id": users, "timestamp": times, "x": rng.random(len(users))})
    events = events.iloc[rng.permutation(len(events))]
    if seed % 3 == 1:
        events.index = [f"r{i}" for i in events.index]
    elif seed % 3 == 2:
        events = events.reset_index(drop=True)
    return events, gap


@pytest.mark.parametrize("seed", range(40))
def test_sessionize_matches_a_naive_loop(sessionize, seed):
    events, gap = clickstream(seed)
    before = events.copy()
    result = sessionize(events, gap_minutes=gap)
    pd.testing.assert_frame_equal(events, before)
    assert isinstance(result, pd.Series) and result.name == "session_id"
    assert result.dtype.kind == "i" and result.index.equals(events.index)
    np.testing.assert_array_equal(result.to_numpy(), naive_sessions(events, gap))


def test_sessionize_ties_and_exact_gaps(sessionize):
    events = pd.DataFrame(
        {
            "user_id": [10, 9, 10, 9, 9, 10],
            "timestamp": pd.to_datetime(
                ["2024-01-01 08:00:00", "2024-01-01 08:00:00", "2024-01-01 08:30:00",
                 "2024-01-01 08:30:01", "2024-01-01 08:30:01", "2024-01-01 09:00:01"]
            ),
        },
        index=[5, 3, 1, 0, 4, 2],
    )  # fmt: skip
    # 9 at 08:00 is session 0 (9 < 10), 10 at 08:00 session 1 (08:30 stays: exactly 30 min),
    # 9 at 08:30:01 (twice) session 2, 10 at 09:00:01 session 3 (30 min 1 s after 08:30).
    np.testing.assert_array_equal(sessionize(events).to_numpy(), [1, 0, 1, 2, 2, 3])
