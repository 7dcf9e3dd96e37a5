"""mock-churn's reference solutions against independent oracles.

The hidden tests compare a learner's answers with pandas' groupby (the bars), scikit-learn's
cross_val_score and average_precision_score against baselines measured on the fixed hidden
split (the pipeline and the final model), and a brute-force loop over the candidate thresholds;
this proves the reference solutions meet the same bar, and that the baselines do not, so the
source notebooks grade full marks for the right reasons and the bar means something.
"""

from __future__ import annotations

import warnings

import matplotlib
import nbformat
import numpy as np
import pandas as pd
import pytest
from course_harness import REPO, answer_cells
from sklearn.base import clone
from sklearn.dummy import DummyClassifier
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.utils.validation import check_is_fitted

from mlinterview import checks, data, regions

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 (after choosing the backend)

MOCK = "mock-churn"
#: The margin above the best baseline, on the hidden split and in cross-validation (the README).
MARGIN = 0.10


def reference(stage: int, name: str, namespace: dict | None = None):
    """The reference answer ``name`` of a stage: its answer cell run (markers removed) in a
    namespace with the stage's imports."""
    notebook = nbformat.read(REPO / "source" / MOCK / f"stage{stage}.ipynb", 4)
    namespace = {"np": np, "pd": pd, "plt": plt} if namespace is None else namespace
    exec(regions.without_markers(answer_cells(notebook)[name].source), namespace)
    return namespace[name]


@pytest.fixture(scope="module")
def churn():
    X, y = data.load_churn()
    X_test, y_test = data.load_churn_test()
    return X, y, X_test, y_test


def _baselines_on_test(X, y, X_test, y_test) -> dict[str, float]:
    numeric = X.select_dtypes("number").columns
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lbfgs stops before converging on unscaled columns
        plain = LogisticRegression().fit(X[numeric], y)
    dummy = DummyClassifier(strategy="prior").fit(X, y)
    return {
        "dummy": average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]),
        "plain": average_precision_score(y_test, plain.predict_proba(X_test[numeric])[:, 1]),
    }


# --- stage 1: plot_churn_rate -------------------------------------------------------------------


def test_plot_churn_rate_matches_pandas_groupby():
    plot_churn_rate = reference(1, "plot_churn_rate")
    rng = np.random.default_rng(19)
    for trial in range(40):
        n = int(rng.integers(1, 300))
        pool = (
            ["a", "b", "c", "d", "e", "f"][: rng.integers(1, 7)]
            if trial % 2
            else list(range(rng.integers(1, 8)))
        )
        levels = rng.choice(np.array(pool, dtype=object), size=n)
        churn = rng.random(n) < rng.uniform(0, 1)
        frame = pd.DataFrame({"level": levels, "churn": churn if trial % 3 else churn.astype(int)})
        before = frame.copy()
        ax = plot_churn_rate(frame, "level")
        expected = {str(k): float(v) for k, v in frame.groupby("level")["churn"].mean().items()}
        drawn = checks.bars(ax)
        assert len(drawn) == len(expected)
        assert dict(drawn).keys() == expected.keys()
        for label, height in drawn:
            assert height == pytest.approx(expected[label], abs=1e-12)
        assert frame.equals(before)
        plt.close("all")


def test_plot_churn_rate_on_the_customers(churn):
    plot_churn_rate = reference(1, "plot_churn_rate")
    X, y, _, _ = churn
    frame = X.assign(churn=y)
    for column in ["state", "area_code", "international_plan", "voice_mail_plan"]:
        expected = frame.groupby(column)["churn"].mean()
        drawn = dict(checks.bars(plot_churn_rate(frame, column)))
        assert drawn == pytest.approx({str(k): v for k, v in expected.items()})
        plt.close("all")


def test_quiz_key():
    namespace: dict = {}
    assert reference(1, "quiz_answers", namespace) == {"q1": "c", "q2": "a", "q3": "d"}


# --- stage 2: build_churn_pipeline and final_model ----------------------------------------------


def test_baselines_and_bar_on_the_hidden_split(churn):
    """The numbers the README and stage 2's prompt state."""
    baselines = _baselines_on_test(*churn)
    assert baselines["dummy"] == pytest.approx(0.142, abs=5e-4)
    assert baselines["plain"] == pytest.approx(0.321, abs=5e-4)
    assert max(baselines.values()) + MARGIN == pytest.approx(0.421, abs=5e-4)


def test_the_reference_clears_the_bar_and_the_baselines_do_not(churn):
    X, y, X_test, y_test = churn
    baselines = _baselines_on_test(X, y, X_test, y_test)
    needed = max(baselines.values()) + MARGIN
    assert all(ap < needed for ap in baselines.values())
    build_churn_pipeline = reference(2, "build_churn_pipeline")
    pipeline = build_churn_pipeline()
    with pytest.raises(NotFittedError):  # unfitted when returned
        check_is_fitted(pipeline)
    namespace = {"np": np, "pd": pd, "plt": plt, "X": X, "y": y}
    namespace["build_churn_pipeline"] = build_churn_pipeline
    final_model = reference(2, "final_model", namespace)
    ap = average_precision_score(y_test, final_model.predict_proba(X_test)[:, 1])
    assert ap >= needed + 0.3  # 0.869 against 0.421
    assert ap < 0.98  # below the hidden test's "test labels reached it" line


def test_the_reference_clears_the_cross_validated_bar(churn):
    X, y, _, _ = churn
    cv = StratifiedKFold(n_splits=3, shuffle=True, random_state=1924)  # the hidden test's folds
    numeric = X.select_dtypes("number").columns
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dummy = cross_val_score(
            DummyClassifier(strategy="prior"), X, y, cv=cv, scoring="average_precision"
        ).mean()
        plain = cross_val_score(
            LogisticRegression(), X[numeric], y, cv=cv, scoring="average_precision"
        ).mean()
    ap = cross_val_score(
        reference(2, "build_churn_pipeline")(), X, y, cv=cv, scoring="average_precision"
    ).mean()
    assert ap >= max(dummy, plain) + MARGIN
    assert max(dummy, plain) + MARGIN == pytest.approx(0.418, abs=5e-3)


def test_the_reference_pipeline_is_deterministic_leak_free_and_takes_unseen_levels(churn):
    X, y, X_test, _ = churn
    build_churn_pipeline = reference(2, "build_churn_pipeline")
    rows = np.random.default_rng(5).permutation(len(X))
    fit_X, fit_y = X.iloc[rows[:2000]], y.iloc[rows[:2000]]
    one = build_churn_pipeline().fit(fit_X, fit_y)
    np.random.seed(3)  # noqa: NPY002 (another global random state: the model must not read it)
    two = build_churn_pipeline().fit(fit_X, fit_y)
    np.testing.assert_array_equal(one.predict_proba(X_test), two.predict_proba(X_test))
    assert one.steps[0][1] is not two.steps[0][1]
    again = clone(one).fit(X.iloc[rows[2000:]], y.iloc[rows[2000:]]).fit(fit_X, fit_y)
    np.testing.assert_allclose(again.predict_proba(X_test), one.predict_proba(X_test))
    # Fitted on shuffled labels, it ranks other customers near chance.
    blind = build_churn_pipeline().fit(
        fit_X, pd.Series(np.random.default_rng(1).permutation(fit_y.to_numpy()), index=fit_y.index)
    )
    assert (
        average_precision_score(y.iloc[rows[2000:]], blind.predict_proba(X.iloc[rows[2000:]])[:, 1])
        < 0.3
    )
    odd = X_test.head(20).copy()
    odd["state"], odd["area_code"] = "ZZ", "area_code_999"
    assert np.isfinite(one.predict_proba(odd)).all()


# --- stage 3: choose_threshold_for_cost ---------------------------------------------------------


def brute_force(y_true, scores, cost_fp, cost_fn):
    """Every candidate in a plain loop: the distinct scores and inf; the least cost, ties the
    highest threshold."""
    best_cost, best_threshold = None, None
    for threshold in [float("inf"), *sorted(set(scores))]:
        fp = fn = 0
        for label, score in zip(y_true, scores, strict=True):
            if score >= threshold and label == 0:
                fp += 1
            elif score < threshold and label == 1:
                fn += 1
        cost = cost_fp * fp + cost_fn * fn
        if (
            best_cost is None
            or cost < best_cost
            or (cost == best_cost and threshold > best_threshold)
        ):
            best_cost, best_threshold = cost, threshold
    return best_threshold


def test_choose_threshold_for_cost_matches_brute_force():
    choose = reference(3, "choose_threshold_for_cost")
    rng = np.random.default_rng(193)
    for trial in range(600):
        n = int(rng.integers(1, 50))
        t = (rng.random(n) < rng.uniform(0, 1)).astype(int)
        s = rng.integers(0, 5, size=n) / 4 if trial % 2 else np.round(rng.normal(size=n) + t, 2)
        cost_fp, cost_fn = (
            (int(rng.integers(0, 12)), int(rng.integers(0, 12)))
            if trial % 3
            else (0.5 * rng.integers(0, 20), 0.25 * rng.integers(0, 40))
        )
        got = choose(t, s, cost_fp, cost_fn)
        assert isinstance(got, float)
        assert got == brute_force(t.tolist(), s.tolist(), cost_fp, cost_fn), (
            t,
            s,
            cost_fp,
            cost_fn,
        )


def test_choose_threshold_for_cost_edge_cases():
    choose = reference(3, "choose_threshold_for_cost")
    assert choose([0, 0], [0.3, 0.9], 1, 5) == float("inf")  # no positive: call nobody
    assert choose([1, 0, 0], [0.5, 0.5, 0.1], 1, 1) == float("inf")  # a tie is one candidate
    assert choose([1, 1, 0], [0.8, 0.6, 0.4], 5, 0) == float("inf")  # a missed churner is free
    assert choose([0, 1, 0, 1, 0], [0.9, 0.7, 0.5, 0.3, 0.1], 0, 4) == 0.3  # calls are free
