"""mock-delivery-times' reference solutions against independent oracles, and the bars of its
hidden tests measured on the fixed hidden test split.

The hidden tests compare a learner's `regression_metrics` with scikit-learn and read the lines
of `plot_time_by_hour` back from the Axes; this proves the reference solutions meet the same bar
on many random cases. For stages 2 and 3 the hidden tests score models on the test split the
notebooks never load; the numbers below are the ones the mock's README states, and they prove
that the bars separate sound answers from the weak ones the contract names: the pipeline's MAE
bar (1.5 minutes below a linear regression on the raw numeric columns) is cleared by the
reference and by models that let the hour's effect differ by day, and missed by models that do
not; the promise's coverage band (0.87 to 0.93) and mean-promise bar (4 minutes below the naive
promise) are cleared by regularised quantile models and missed by the point prediction, the
naive promise and too high a quantile.

Every random step is seeded and scikit-learn's histogram boosting without early stopping is
deterministic, so these numbers are exact on this data and library version; the assertions keep
a margin where a library update could move them by a few thousandths.
"""

from __future__ import annotations

import functools
import os
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from course_harness import REPO, answer_cells  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.ensemble import GradientBoostingRegressor, HistGradientBoostingRegressor  # noqa: E402
from sklearn.linear_model import LinearRegression  # noqa: E402
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score  # noqa: E402
from sklearn.model_selection import KFold, cross_val_predict  # noqa: E402
from sklearn.pipeline import Pipeline, make_pipeline  # noqa: E402
from sklearn.preprocessing import (  # noqa: E402
    OneHotEncoder,
    OrdinalEncoder,
    PolynomialFeatures,
    SplineTransformer,
)

from mlinterview import data  # noqa: E402

MOCK = "mock-delivery-times"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MAE_MARGIN = 1.5  # the pipeline must beat the plain linear regression by this many minutes
PROMISE_MARGIN = 4.0  # the mean promise must be this many minutes below the naive promise
BAND = (0.87, 0.93)


def _stage(number: int):
    return nbformat.read(REPO / "source" / MOCK / f"stage{number}.ipynb", 4)


@functools.cache
def reference_namespace(number: int) -> dict:
    """The stage's set-up and answer cells run (the earlier stages' answers run first, as the
    stage's `load_earlier_stages` does), in the source folder."""
    namespace: dict = {}
    cwd = os.getcwd()
    os.chdir(REPO / "source" / MOCK)
    try:
        for earlier in range(1, number):
            for cell in answer_cells(_stage(earlier)).values():
                exec(cell.source, namespace)
        notebook = _stage(number)
        setup = next(cell for cell in notebook.cells if cell.get("id") == "setup")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(setup.source.replace("load_earlier_stages(", "(lambda *a, **k: None)("), namespace)
            for cell in answer_cells(notebook).values():
                exec(cell.source, namespace)
    finally:
        os.chdir(cwd)
    return namespace


@functools.cache
def split():
    X, y = data.load_deliveries()
    X_test, y_test = data.load_deliveries_test()
    return X, y, X_test, y_test


# --- stage 1: regression_metrics and the plot ------------------------------------------------


def _sklearn_metrics(t, p):
    return {
        "mae": mean_absolute_error(t, p),
        "rmse": float(np.sqrt(mean_squared_error(t, p))),
        "r2": r2_score(t, p),
    }


def test_regression_metrics_matches_sklearn():
    regression_metrics = reference_namespace(1)["regression_metrics"]
    rng = np.random.default_rng(19)
    for trial in range(600):
        n = int(rng.integers(2, 80))
        t = rng.normal(26, 7, size=n)
        if trial % 5 == 0:
            t = np.full(n, float(rng.integers(10, 40)))  # a constant y_true
        if trial % 7 == 0:
            t = np.round(t)
        p = t + rng.normal(0, rng.uniform(0, 6), size=n) if trial % 3 else rng.normal(26, 7, size=n)
        if trial % 11 == 0:
            p = t.copy()  # perfect, also for a constant y_true
        expected = _sklearn_metrics(t, p)
        inputs = [
            (t, p),
            (t.tolist(), p.tolist()),
            (pd.Series(t, index=rng.permutation(n) + 50), pd.Series(p, index=rng.permutation(n))),
        ][trial % 3]
        got = regression_metrics(*inputs)
        assert set(got) == {"mae", "rmse", "r2"}
        for key in expected:
            assert isinstance(got[key], float)
            np.testing.assert_allclose(got[key], expected[key], rtol=1e-9, atol=1e-12)


def test_regression_metrics_constant_target_follows_sklearn():
    regression_metrics = reference_namespace(1)["regression_metrics"]
    assert regression_metrics([5, 5, 5], [5, 5, 5])["r2"] == r2_score([5, 5, 5], [5, 5, 5]) == 1.0
    assert regression_metrics([5, 5, 5], [5, 5, 6])["r2"] == r2_score([5, 5, 5], [5, 5, 6]) == 0.0


def _groupby_lines(X, y):
    frame = pd.DataFrame(
        {"day": np.asarray(X["day"]).astype(str), "hour": np.floor(X["hour"].to_numpy(float))}
    )
    frame["y"] = np.asarray(y, dtype=float)
    means = frame.groupby(["day", "hour"])["y"].mean()
    return {day: group.droplevel("day") for day, group in means.groupby(level="day")}


def test_plot_time_by_hour_draws_the_groupby_means():
    plot_time_by_hour = reference_namespace(1)["plot_time_by_hour"]
    X, y, _, _ = split()
    rng = np.random.default_rng(20)
    cases = [(X, y)]
    for _ in range(6):
        n = int(rng.integers(5, 400))
        days = rng.choice(DAYS, size=int(rng.integers(1, 8)), replace=False)
        frame = pd.DataFrame(
            {"hour": np.round(rng.uniform(11, 21, size=n) * 4) / 4, "day": rng.choice(days, n)},
            index=rng.permutation(n) * 2,
        )
        cases.append((frame, pd.Series(rng.normal(26, 6, size=n), index=frame.index)))
    for frame, target in cases:
        ax = plot_time_by_hour(frame, target)
        lines = {line.get_label(): line for line in ax.get_lines()}
        expected = _groupby_lines(frame, target)
        assert set(lines) == set(expected)
        for day, means in expected.items():
            np.testing.assert_allclose(lines[day].get_xdata(), means.index.to_numpy())
            np.testing.assert_allclose(lines[day].get_ydata(), means.to_numpy())
        plt.close("all")


# --- stage 2: the pipeline's bar on the hidden split -----------------------------------------


def _day_codes():
    return ColumnTransformer(
        [("day", OrdinalEncoder(categories=[DAYS]), ["day"])], remainder="passthrough"
    )


def _mae(model, X, y, X_test, y_test):
    return mean_absolute_error(y_test, model.fit(X, y).predict(X_test))


@functools.cache
def mae_baselines() -> dict[str, float]:
    X, y, X_test, y_test = split()
    numeric = X.select_dtypes("number").columns
    return {
        "linear regression, raw numeric columns": _mae(
            LinearRegression(), X[numeric], y, X_test[numeric], y_test
        ),
        "training mean": mean_absolute_error(y_test, np.full(len(y_test), y.mean())),
    }


def test_the_mae_bar_and_its_baselines_on_the_hidden_split():
    baselines = mae_baselines()
    assert baselines["linear regression, raw numeric columns"] == pytest.approx(3.380, abs=5e-3)
    assert baselines["training mean"] == pytest.approx(5.399, abs=5e-3)
    bar = min(baselines.values()) - MAE_MARGIN
    assert bar == pytest.approx(1.880, abs=5e-3)


def test_the_reference_pipeline_clears_the_mae_bar():
    X, y, X_test, y_test = split()
    build = reference_namespace(2)["build_delivery_pipeline"]
    first, second = build(), build()
    assert first is not second and first.steps[0][1] is not second.steps[0][1]
    mae = _mae(first, X, y, X_test, y_test)
    bar = min(mae_baselines().values()) - MAE_MARGIN
    assert mae == pytest.approx(1.436, abs=0.01)
    assert mae < bar - 0.4


def _hour_by_day_linear():
    hour_day = Pipeline(
        [
            (
                "basis",
                ColumnTransformer(
                    [
                        ("hour", SplineTransformer(n_knots=8), ["hour"]),
                        ("day", OneHotEncoder(), ["day"]),
                    ]
                ),
            ),
            ("cross", PolynomialFeatures(2, interaction_only=True, include_bias=False)),
        ]
    )
    return make_pipeline(
        ColumnTransformer([("hour_day", hour_day, ["hour", "day"])], remainder="passthrough"),
        LinearRegression(),
    )


def test_models_of_the_hour_by_day_pattern_clear_the_bar_and_others_do_not():
    """What the README states: trees and a linear model with hour x day interactions clear the
    bar; a model without the day, or one adding a day effect and an hour effect, misses it."""
    X, y, X_test, y_test = split()
    numeric = X.select_dtypes("number").columns
    bar = min(mae_baselines().values()) - MAE_MARGIN
    sound = {
        "linear, spline(hour) x day": _mae(_hour_by_day_linear(), X, y, X_test, y_test),
        "histogram boosting, max_iter=50": _mae(
            make_pipeline(_day_codes(), HistGradientBoostingRegressor(max_iter=50, random_state=0)),
            X,
            y,
            X_test,
            y_test,
        ),
    }
    weak = {
        "histogram boosting, numeric columns only": _mae(
            HistGradientBoostingRegressor(random_state=0), X[numeric], y, X_test[numeric], y_test
        ),
        "linear, spline(hour) + day one-hot, added": _mae(
            make_pipeline(
                ColumnTransformer(
                    [
                        ("hour", SplineTransformer(n_knots=8), ["hour"]),
                        ("day", OneHotEncoder(), ["day"]),
                    ],
                    remainder="passthrough",
                ),
                LinearRegression(),
            ),
            X,
            y,
            X_test,
            y_test,
        ),
    }
    assert sound["linear, spline(hour) x day"] == pytest.approx(1.612, abs=0.01)
    assert weak["histogram boosting, numeric columns only"] == pytest.approx(2.676, abs=0.01)
    assert weak["linear, spline(hour) + day one-hot, added"] == pytest.approx(2.138, abs=0.01)
    assert all(mae < bar - 0.15 for mae in sound.values()), sound
    assert all(mae > bar + 0.15 for mae in weak.values()), weak


# --- stage 3: the promise's coverage band and bar --------------------------------------------


def _coverage_and_mean(promise, y_test):
    promise = np.asarray(promise, dtype=float)
    return float(np.mean(np.asarray(y_test) <= promise)), float(np.mean(promise))


def _passes(coverage, mean, naive):
    return BAND[0] <= coverage <= BAND[1] and mean <= naive - PROMISE_MARGIN


def _quantile_hgb(quantile, **settings):
    return make_pipeline(
        _day_codes(),
        HistGradientBoostingRegressor(
            loss="quantile", quantile=quantile, random_state=0, **settings
        ),
    )


def test_the_naive_promise_and_the_reference_promise_model():
    X, y, X_test, y_test = split()
    naive = float(np.quantile(y, 0.9))
    assert naive == pytest.approx(34.78, abs=0.01)
    coverage, mean = _coverage_and_mean(np.full(len(y_test), naive), y_test)
    assert coverage == pytest.approx(0.909, abs=2e-3) and not _passes(coverage, mean, naive)
    model = reference_namespace(3)["promise_model"]
    coverage, mean = _coverage_and_mean(model.predict(X_test), y_test)
    assert coverage == pytest.approx(0.901, abs=5e-3)
    assert mean == pytest.approx(28.69, abs=0.05)
    assert BAND[0] + 0.02 <= coverage <= BAND[1] - 0.02
    assert mean <= naive - PROMISE_MARGIN - 1.5


def test_regularised_quantile_models_clear_the_band_and_the_bar():
    """Several settings and seeds of a quantile model, each fitted on the training part."""
    X, y, X_test, y_test = split()
    naive = float(np.quantile(y, 0.9))
    models = {
        "hgb lr=0.05": _quantile_hgb(0.9, learning_rate=0.05),
        "hgb lr=0.05 min_samples_leaf=100": _quantile_hgb(
            0.9, learning_rate=0.05, min_samples_leaf=100
        ),
        "hgb max_leaf_nodes=15": _quantile_hgb(0.9, max_leaf_nodes=15),
        **{
            f"gradient boosting subsample=0.8 seed={seed}": make_pipeline(
                _day_codes(),
                GradientBoostingRegressor(
                    loss="quantile", alpha=0.9, subsample=0.8, random_state=seed
                ),
            )
            for seed in (0, 1, 2)
        },
    }
    results = {
        name: _coverage_and_mean(model.fit(X, y).predict(X_test), y_test)
        for name, model in models.items()
    }
    for name, (coverage, mean) in results.items():
        assert 0.875 <= coverage <= 0.92 and mean <= naive - PROMISE_MARGIN - 1.5, (name, results)


def test_point_predictions_and_other_quantiles_against_the_band():
    """The point prediction misses the band (about 0.53), the 0.95 quantile of a regularised
    model covers too much, a fixed margin of 3 minutes too; the point prediction plus the 90th
    percentile of its out-of-fold residuals (split conformal) is a sound promise and passes, and
    with the percentile of its in-sample residuals it passes too, near the band's edge.
    Histogram boosting's quantile loss at its default settings fits its training orders closely
    and covers only about 0.868 of the test orders: the README says so, and the prompt asks for
    the coverage to be checked out of fold."""
    X, y, X_test, y_test = split()
    naive = float(np.quantile(y, 0.9))
    point = make_pipeline(_day_codes(), HistGradientBoostingRegressor(random_state=0)).fit(X, y)
    predicted = point.predict(X_test)
    coverage, mean = _coverage_and_mean(predicted, y_test)
    assert coverage == pytest.approx(0.529, abs=0.01) and not _passes(coverage, mean, naive)
    coverage, _ = _coverage_and_mean(predicted + 3, y_test)
    assert coverage > BAND[1]
    out_of_fold = cross_val_predict(
        make_pipeline(_day_codes(), HistGradientBoostingRegressor(random_state=0)),
        X,
        y,
        cv=KFold(5, shuffle=True, random_state=0),
    )
    in_sample = np.quantile(y - point.predict(X), 0.9)
    coverage, mean = _coverage_and_mean(predicted + in_sample, y_test)
    assert coverage == pytest.approx(0.873, abs=0.01) and _passes(coverage, mean, naive)
    margin = np.quantile(y - out_of_fold, 0.9)
    coverage, mean = _coverage_and_mean(predicted + margin, y_test)
    assert coverage == pytest.approx(0.905, abs=0.01) and _passes(coverage, mean, naive)
    regularised = {"learning_rate": 0.05, "max_leaf_nodes": 15, "min_samples_leaf": 50}
    too_high = _coverage_and_mean(
        _quantile_hgb(0.95, **regularised).fit(X, y).predict(X_test), y_test
    )
    too_low = _coverage_and_mean(
        _quantile_hgb(0.85, **regularised).fit(X, y).predict(X_test), y_test
    )
    assert too_high[0] > BAND[1] + 0.01 and too_low[0] < BAND[0] - 0.005
    default = _coverage_and_mean(_quantile_hgb(0.9).fit(X, y).predict(X_test), y_test)
    assert default[0] == pytest.approx(0.868, abs=0.01)
