"""mock-recommender's reference solutions (als_update, fit_als, recommend) against independent
oracles on many random cases.

The hidden tests compare a learner's answer with per-user ridge solves, the objective written
out and a per-user sort; this proves the reference solutions (the stages' answer cells) meet the
same bar, with the contract's edge cases: garbage in the unobserved ratings, users and items with
no rating, exact ties, fewer unrated items than k, and inputs left as they were.
"""

from __future__ import annotations

import nbformat
import numpy as np
import pytest
from course_harness import REPO, answer_cells
from sklearn.linear_model import Ridge

MOCK = "mock-recommender"


def reference(stage: int, name: str, namespace: dict | None = None):
    """A stage's reference solution: its answer cell, run in ``namespace`` (NumPy imported)."""
    notebook = nbformat.read(REPO / "source" / MOCK / f"stage{stage}.ipynb", 4)
    namespace = {"np": np} if namespace is None else namespace
    exec(answer_cells(notebook)[name].source, namespace)
    return namespace[name]


def ridge_rows(R, mask, V, reg):
    """Each row's ridge regression on its observed entries, solved alone."""
    U = np.zeros((R.shape[0], V.shape[1]))
    for u in range(R.shape[0]):
        seen = np.flatnonzero(mask[u])
        if len(seen):
            Vs = V[seen]
            U[u] = np.linalg.solve(Vs.T @ Vs + reg * np.eye(V.shape[1]), Vs.T @ R[u, seen])
    return U


def random_problem(rng, garbage=1e6):
    n_users, n_items, r = (int(v) for v in rng.integers(1, 30, size=3))
    r = min(r, 6)
    low_rank = rng.normal(size=(n_users, r)) @ rng.normal(size=(r, n_items))
    R = low_rank + rng.normal(size=(n_users, n_items))
    mask = rng.random((n_users, n_items)) < rng.uniform(0.05, 1.0)
    R[~mask] = rng.uniform(-garbage, garbage, size=int((~mask).sum()))
    return R, mask, r


@pytest.mark.parametrize("seed", range(4))
def test_als_update_matches_per_user_ridge(seed):
    als_update = reference(1, "als_update")
    rng = np.random.default_rng(seed)
    for _ in range(60):
        R, mask, r = random_problem(rng)
        V = rng.normal(size=(mask.shape[1], r))
        reg = float(10 ** rng.uniform(-3, 1))
        before = (R.copy(), mask.copy(), V.copy())
        got = als_update(R, mask, V, reg)
        for old, new in zip(before, (R, mask, V), strict=True):
            np.testing.assert_array_equal(old, new)
        assert got.shape == (mask.shape[0], r) and got.dtype.kind == "f"
        expected = ridge_rows(R, mask, V, reg)
        np.testing.assert_allclose(got, expected, rtol=1e-7, atol=1e-9)
        np.testing.assert_array_equal(got[~mask.any(axis=1)], 0.0)
        # The unobserved entries are never read: other garbage, the same answer.
        again = als_update(np.where(mask, R, -7.5e6), mask, V, reg)
        np.testing.assert_allclose(again, got, rtol=1e-12, atol=1e-12)


def test_als_update_matches_sklearn_ridge():
    als_update = reference(1, "als_update")
    rng = np.random.default_rng(10)
    for _ in range(40):
        R, mask, r = random_problem(rng, garbage=100.0)
        V = rng.normal(size=(mask.shape[1], r))
        reg = float(rng.uniform(0.05, 5.0))
        got = als_update(R, mask, V, reg)
        for u in np.flatnonzero(mask.any(axis=1)):
            model = Ridge(alpha=reg, fit_intercept=False).fit(V[mask[u]], R[u, mask[u]])
            np.testing.assert_allclose(got[u], model.coef_, rtol=1e-6, atol=1e-8)


def _fit_oracle(R, mask, rank, reg, n_iters, seed):
    V = np.random.default_rng(seed).normal(scale=0.1, size=(mask.shape[1], rank))
    losses = []
    for _ in range(n_iters):
        U = ridge_rows(R, mask, V, reg)
        V = ridge_rows(R.T, mask.T, U, reg)
        errors = [
            (R[u, i] - U[u] @ V[i]) ** 2
            for u in range(R.shape[0])
            for i in range(R.shape[1])
            if mask[u, i]
        ]
        losses.append(sum(errors) + reg * (np.sum(U**2) + np.sum(V**2)))
    return U, V, np.array(losses)


@pytest.mark.parametrize("seed", range(3))
def test_fit_als_matches_the_definition(seed):
    namespace = {"np": np}
    reference(1, "als_update", namespace)
    fit_als = reference(2, "fit_als", namespace)
    rng = np.random.default_rng(100 + seed)
    for _ in range(12):
        R, mask, _ = random_problem(rng, garbage=1e3)
        rank = int(rng.integers(1, 5))
        reg = float(rng.uniform(0.05, 2.0))
        n_iters = int(rng.integers(1, 12))
        fit_seed = int(rng.integers(0, 1000))
        before = (R.copy(), mask.copy())
        U, V, losses = fit_als(R, mask, rank, reg=reg, n_iters=n_iters, seed=fit_seed)
        np.testing.assert_array_equal(before[0], R)
        np.testing.assert_array_equal(before[1], mask)
        U0, V0, L0 = _fit_oracle(R, mask, rank, reg, n_iters, fit_seed)
        np.testing.assert_allclose(U, U0, rtol=1e-6, atol=1e-8)
        np.testing.assert_allclose(V, V0, rtol=1e-6, atol=1e-8)
        np.testing.assert_allclose(losses, L0, rtol=1e-9)
        assert np.all(np.diff(losses) <= 1e-9 * np.abs(losses[:-1]))
        np.testing.assert_array_equal(U[~mask.any(axis=1)], 0.0)
        np.testing.assert_array_equal(V[~mask.any(axis=0)], 0.0)


def _recommend_oracle(U, V, mask, k):
    scores = U @ V.T
    out = np.full((len(U), k), -1)
    for u in range(len(U)):
        unrated = [i for i in range(V.shape[0]) if not mask[u, i]]
        items = sorted(unrated, key=lambda i: (-scores[u, i], i))
        out[u, : len(items[:k])] = items[:k]
    return out


@pytest.mark.parametrize("seed", range(4))
def test_recommend_matches_a_per_user_sort(seed):
    recommend = reference(3, "recommend")
    rng = np.random.default_rng(200 + seed)
    for trial in range(80):
        n_users, n_items, r = (int(v) for v in rng.integers(1, 25, size=3))
        if trial % 2:  # integer factors: exact scores with many ties
            U = rng.integers(-2, 3, size=(n_users, r)).astype(float)
            V = rng.integers(-2, 3, size=(n_items, r)).astype(float)
        else:
            U, V = rng.normal(size=(n_users, r)), rng.normal(size=(n_items, r))
        mask = rng.random((n_users, n_items)) < rng.uniform(0.0, 1.0)
        k = int(rng.integers(1, n_items + 4))
        before = (U.copy(), V.copy(), mask.copy())
        got = recommend(U, V, mask, k)
        for old, new in zip(before, (U, V, mask), strict=True):
            np.testing.assert_array_equal(old, new)
        assert got.shape == (n_users, k) and got.dtype.kind in "iu"
        np.testing.assert_array_equal(got, _recommend_oracle(U, V, mask, k))
