"""The learner-facing checks: they fail when they should, and say what to look at."""

from __future__ import annotations

import sys
import threading
import time

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


def test_tuple_and_defined():
    checks.check_tuple("standardize", (1, 2, 3), 3, "(X_std, mean, std)")
    with pytest.raises(checks.CheckFailure, match="returned array of shape"):
        checks.check_tuple("standardize", np.zeros(3), 3, "(X_std, mean, std)")
    assert checks.check_defined("x", {"x": 1}) == 1
    with pytest.raises(checks.NotAttempted, match="`quiz` is not defined yet"):
        checks.check_defined("quiz", {})


def test_unchanged():
    before = np.arange(3.0)
    checks.check_unchanged("f", before, before.copy(), "X")
    with pytest.raises(checks.CheckFailure, match="modified its input `X` in place"):
        checks.check_unchanged("f", before, before + 1, "X")


def _row_loop(A):
    out = []
    for a in A:
        out.append(a.sum())
    return np.array(out)


def _while_loop(A):
    i, total = 0, 0.0
    while i < len(A):
        total += A[i].sum()
        i += 1
    return total


def _comprehension(A):
    return np.array([a.sum() for a in A])


def _mapped(A):
    return np.array(list(map(lambda a: a.sum(), A)))


def _row_helper(a):
    return a.sum()


def _calls_a_helper_per_row(A):
    return np.apply_along_axis(_row_helper, 1, A)


def _vectorised(A):
    with np.errstate(all="ignore"):
        return A.sum(axis=1)


def _feature_loop(A):
    total = np.zeros(len(A))
    for j in range(A.shape[1]):  # a loop over 3 features, vectorised over the points
        total += A[:, j]
    return total


@pytest.mark.parametrize(
    "func", [_row_loop, _while_loop, _comprehension, _mapped, _calls_a_helper_per_row]
)
def test_loops_over_the_points_are_found(func):
    A = np.ones((200, 3))
    with pytest.raises(checks.CheckFailure, match="Python loop .* over the points") as excinfo:
        checks.check_no_python_loop(func, A, n_points=200)
    assert "times for 200 points" in message(excinfo)


@pytest.mark.parametrize("func", [_vectorised, _feature_loop, lambda A: np.sum(A, axis=1)])
def test_vectorised_code_passes_and_returns_the_result(func):
    A = np.ones((200, 3))
    result = checks.check_no_python_loop(func, A, n_points=200)
    np.testing.assert_allclose(result, 3.0)


def test_the_count_restores_an_existing_tracer():
    import sys

    def tracer(frame, event, arg):
        return None

    sys.settrace(tracer)
    try:
        checks.most_repeated_step(_vectorised, np.ones((2, 2)))
        assert sys.gettrace() is tracer
    finally:
        sys.settrace(None)


def test_loops_behind_a_partial_or_a_wrapper_are_found():
    import functools

    def row_loop_with_scale(A, scale):
        return np.array([scale * row.sum() for row in A])

    @functools.wraps(row_loop_with_scale)
    def wrapper(A):
        return row_loop_with_scale(A, scale=2.0)

    A = np.ones((200, 3))
    for func in (functools.partial(row_loop_with_scale, scale=2.0), functools.partial(wrapper)):
        with pytest.raises(checks.CheckFailure, match="Python loop"):
            checks.check_no_python_loop(func, A, n_points=200)


def test_switching_off_the_line_counter_fails():
    import sys

    def hides_its_loop(A):
        sys.settrace(None)
        return np.array([row.sum() for row in A])

    with pytest.raises(checks.CheckFailure, match="changed Python.s line tracing"):
        checks.check_no_python_loop(hides_its_loop, np.ones((200, 3)), n_points=200)
    assert sys.gettrace() is None


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


def test_choice_normalises_and_explains():
    namespace = {"quiz_answers": {"q1": " B ", "q2": None, "q3": "b)", "q4": "e"}}
    assert checks.check_choice(namespace, "quiz_answers", "q1") == "b"
    with pytest.raises(checks.NotAttempted, match=r"\['q2'\]` is not answered yet"):
        checks.check_choice(namespace, "quiz_answers", "q2")
    for question in ("q3", "q4"):
        with pytest.raises(checks.CheckFailure, match="expected one letter of a, b, c, d"):
            checks.check_choice(namespace, "quiz_answers", question)
    with pytest.raises(checks.NotAttempted, match="not defined yet"):
        checks.check_choice({}, "quiz_answers", "q1")
    with pytest.raises(checks.CheckFailure, match="expected a dict like"):
        checks.check_choice({"quiz_answers": ["b"]}, "quiz_answers", "q1")
    with pytest.raises(checks.CheckFailure, match="has no answer for 'q1'.*keep the keys"):
        checks.check_choice({"quiz_answers": {"Q1": "b"}}, "quiz_answers", "q1")


def _restores_the_tracer(A):
    import sys

    tracer = sys.gettrace()
    sys.settrace(None)
    rows = [row.sum() for row in A]
    sys.settrace(tracer)
    return np.array(rows)


def _loop_in_a_thread(A):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(_row_loop, A).result()


def _loop_in_exec(A):
    namespace = {"np": np}
    exec(
        "def rows(A):\n    out = []\n    for a in A:\n        out.append(a.sum())\n    return out",
        namespace,
    )
    return np.array(namespace["rows"](A))


def _map_of_library_functions(A):
    return np.array(list(map(np.sum, A)))


def _apply_along_axis_of_a_library_function(A):
    return np.apply_along_axis(np.sum, 1, A)


@pytest.mark.parametrize(
    "func",
    [
        _restores_the_tracer,
        _loop_in_a_thread,
        _loop_in_exec,
        _map_of_library_functions,
        _apply_along_axis_of_a_library_function,
    ],
)
def test_hidden_loops_are_found(func):
    with pytest.raises(checks.CheckFailure, match="Python loop|changed Python's line tracing"):
        checks.check_no_python_loop(func, np.ones((200, 3)), n_points=200)


def _with_scipy(A):
    from scipy.spatial.distance import cdist

    return cdist(A, A, "sqeuclidean").sum(axis=1)


def _with_sklearn(A):
    from sklearn.metrics.pairwise import euclidean_distances
    from sklearn.preprocessing import StandardScaler

    return euclidean_distances(StandardScaler().fit_transform(A), squared=True).sum(axis=1)


@pytest.mark.parametrize("func", [_with_scipy, _with_sklearn])
def test_vectorised_library_calls_pass(func):
    A = np.random.default_rng(0).normal(size=(200, 3))
    func(A)  # first call: imports happen outside the count
    checks.check_no_python_loop(func, A, n_points=200)


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


def test_choice_cannot_be_fooled_by_a_str_subclass():
    class AlwaysEqual(str):
        def __eq__(self, other):
            return True

        __hash__ = str.__hash__

        def strip(self, *args):
            return self

        def lower(self):
            return self

    answer = checks.check_choice({"quiz": {"q1": AlwaysEqual(" A ")}}, "quiz", "q1")
    assert type(answer) is str and answer == "a" and answer != "b"


def test_methods_are_named_with_their_class():
    class LogisticRegression:
        def fit(self, X):
            raise NotImplementedError()

    with pytest.raises(checks.NotAttempted, match=r"`LogisticRegression.fit` is not attempted"):
        checks.call(LogisticRegression().fit, np.zeros((2, 2)))


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


def test_clusters_match_in_any_order():
    expected_centroids = np.array([[0.0, 0.0], [5.0, 5.0], [9.0, 0.0]])
    expected_labels = np.array([0, 0, 1, 2, 2])
    order = [2, 0, 1]  # the learner's cluster 0 is the reference's cluster 2, ...
    centroids = expected_centroids[order]
    labels = np.array([1, 1, 2, 0, 0])
    checks.check_clusters(
        "kmeans", centroids, labels, expected_centroids, expected_labels, case="c"
    )
    checks.check_clusters(
        "kmeans", centroids, labels.astype(float), expected_centroids, expected_labels, case="c"
    )
    with pytest.raises(checks.CheckFailure, match="labels .renumbered"):
        checks.check_clusters(
            "kmeans",
            centroids,
            np.array([1, 2, 2, 0, 0]),
            expected_centroids,
            expected_labels,
            case="c",
        )
    with pytest.raises(checks.CheckFailure, match="centroids .matched"):
        checks.check_clusters(
            "kmeans", centroids + 0.1, labels, expected_centroids, expected_labels, case="c"
        )
    with pytest.raises(checks.CheckFailure, match="other than the cluster numbers 0 .. 2"):
        checks.check_clusters(
            "kmeans", centroids, labels + 1, expected_centroids, expected_labels, case="c"
        )
    with pytest.raises(checks.CheckFailure, match="NaN"):
        checks.check_clusters(
            "kmeans", centroids * np.nan, labels, expected_centroids, expected_labels, case="c"
        )


def test_frequencies_pass_a_fair_sample_and_name_the_closest_mistake():
    expected = {"a": 0.5, "b": 0.3, "c": 0.2}
    checks.check_frequencies(
        "draw", {"a": 505, "b": 296, "c": 199}, expected, max_distance=0.05, case="c"
    )
    uniform = {"a": 1 / 3, "b": 1 / 3, "c": 1 / 3}
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_frequencies(
            "draw",
            {"a": 330, "b": 340, "c": 330},
            expected,
            max_distance=0.05,
            case="three outcomes",
            mistakes={"that is uniform.": uniform},
        )
    text = message(excinfo)
    assert "over 1000 seeds on three outcomes" in text and "Hint: that is uniform." in text
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_frequencies(
            "draw",
            {"a": 1000, "b": 0, "c": 0},
            expected,
            max_distance=0.05,
            case="c",
            mistakes={"that is uniform.": uniform},
        )
    assert "Hint" not in message(excinfo)  # far from the mistake too: no hint


def test_from_scratch_passes_numpy_and_fails_scikit_learn_even_in_a_thread():
    from sklearn.linear_model import LinearRegression

    X, y = np.arange(10.0).reshape(5, 2), np.arange(5.0)

    def honest(X, y):
        return np.linalg.lstsq(X, y, rcond=None)[0]

    def linear_regression_closed_form(X, y):
        return LinearRegression().fit(X, y).coef_

    def threaded(X, y):
        out = []
        worker = threading.Thread(target=lambda: out.append(linear_regression_closed_form(X, y)))
        worker.start()
        worker.join()
        return out[0]

    assert checks.check_from_scratch(honest, X, y).shape == (2,)
    with pytest.raises(checks.CheckFailure, match=r"`linear_regression_closed_form` calls sklearn"):
        checks.check_from_scratch(linear_regression_closed_form, X, y)
    with pytest.raises(checks.CheckFailure, match=r"`threaded` calls sklearn"):
        checks.check_from_scratch(threaded, X, y)


def test_from_scratch_notices_the_profiler_switched_off():
    def sneaky():
        sys.setprofile(None)

    with pytest.raises(checks.CheckFailure, match="changed Python's profiler"):
        checks.check_from_scratch(sneaky)
    assert sys.getprofile() is None


def test_numerical_gradient_matches_a_known_gradient_and_restores_the_input():
    a = np.array([[1.0, -2.0], [0.5, 3.0]])
    before = a.copy()
    grad = checks.numerical_gradient(lambda: float(np.sum(a**3)), a)
    np.testing.assert_allclose(grad, 3 * before**2, rtol=1e-8)
    np.testing.assert_array_equal(a, before)


def test_bars_are_read_back_by_their_tick_labels():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    _, ax = plt.subplots()
    ax.bar(["good", "bad"], [9, 2])
    assert checks.bars(ax) == [("good", 9.0), ("bad", 2.0)]
    checks.check_bars("plot", ax, {"bad": 2, "good": 9}, case="two classes")
    with pytest.raises(checks.CheckFailure, match="'bad' is 2 high on c; expected 3"):
        checks.check_bars("plot", ax, {"bad": 3, "good": 9}, case="c")
    with pytest.raises(checks.CheckFailure, match="drew 2 bar"):
        checks.check_bars("plot", ax, {"good": 9}, case="c")
    _, numbers = plt.subplots()
    numbers.bar([0, 1], [4, 2])  # no tick labels set: the default formatter writes 0.0, 0.2, ...
    with pytest.raises(checks.CheckFailure, match="labelled"):
        checks.check_bars("plot", numbers, {"0": 4, "1": 2}, case="c")
    fig, _ = plt.subplots()
    with pytest.raises(checks.CheckFailure, match="returned a Figure"):
        checks.check_axes("plot", fig)
    plt.close("all")


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


def test_from_scratch_watches_another_check_and_names_the_learner_function():
    import sys

    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(0)
    t = (rng.random(400) < 0.3).astype(int)
    s = rng.random(400)

    def sklearn_unless_watched(t, s):
        if sys.getprofile() is None:
            return roc_auc_score(t, s)
        return float((s[t == 1][:, None] > s[t == 0][None]).mean())

    def uses_sklearn(t, s):
        return roc_auc_score(t, s)

    checks.check_from_scratch(
        sklearn_unless_watched, t, s, n_points=400, check=checks.check_no_python_loop
    )
    with pytest.raises(checks.CheckFailure, match="`uses_sklearn` calls sklearn"):
        checks.check_from_scratch(
            uses_sklearn, t, s, n_points=400, check=checks.check_no_python_loop
        )
