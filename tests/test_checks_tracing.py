"""mlinterview.checks.tracing: no Python loop over the points, and from scratch."""

from __future__ import annotations

import sys
import threading

import numpy as np
import pytest

from mlinterview import checks


def message(excinfo) -> str:
    return str(excinfo.value)


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


def test_from_scratch_sees_a_librarys_compiled_functions():
    """torch.sort and a tensor's methods run no Python frame of torch: still torch's work."""
    torch = pytest.importorskip("torch", reason="PyTorch is not installed")

    def sorted_by_torch(x):
        return torch.sort(torch.from_numpy(x)).values.numpy()

    def softmax_by_a_tensor_method(x):
        return torch.from_numpy(x).softmax(0).numpy()

    x = np.array([3.0, 1.0, 2.0])
    for func in (sorted_by_torch, softmax_by_a_tensor_method):
        with pytest.raises(checks.CheckFailure, match=f"`{func.__name__}` calls torch"):
            checks.check_from_scratch(func, x, forbidden=("torch",))
    assert checks.check_from_scratch(np.sort, x, forbidden=("torch",)).tolist() == [1, 2, 3]


def test_from_scratch_notices_the_profiler_switched_off():
    def sneaky():
        sys.setprofile(None)

    with pytest.raises(checks.CheckFailure, match="changed Python's profiler"):
        checks.check_from_scratch(sneaky)
    assert sys.getprofile() is None


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


@pytest.mark.parametrize("n_points", [-1, 0, 1, 2, 3, 9])
def test_too_few_points_is_the_callers_mistake_and_runs_nothing(n_points):
    ran = []

    def vectorised(A):
        ran.append(True)
        return A.sum(axis=1)

    with pytest.raises(ValueError, match=f"needs n_points >= 10, got {n_points}"):
        checks.check_no_python_loop(vectorised, np.ones((max(n_points, 0), 3)), n_points=n_points)
    assert ran == []  # not the learner's fault: their code is not even called


def test_ten_points_tell_a_loop_from_vectorised_code():
    A = np.ones((10, 3))
    for func in (_vectorised, _feature_loop, lambda A: np.sum(A, axis=1)):
        np.testing.assert_allclose(checks.check_no_python_loop(func, A, n_points=10), 3.0)
    with pytest.raises(checks.CheckFailure, match="Python step 11 times for 10 points"):
        checks.check_no_python_loop(_row_loop, A, n_points=10)
