"""The references of mock-mlp-from-scratch against independent oracles.

The stages' hidden tests carry their own oracles (loops written from the definitions, central
differences, a replay of full-batch SGD); this module checks the reference answers against PyTorch
on many random cases: the forward pass against torch.nn.functional, the loss and its gradients
against cross_entropy and autograd in float64 (and a plain-loop loss), and training against
torch.optim.SGD with momentum, batch by batch, partial last batches included. It also proves what
the hidden tests rely on: their data keep clear of the ReLU's kink where central differences are
taken, and their accuracy bars sit well between a linear model and the reference (the numbers in
the mock's README).
"""

from __future__ import annotations

import ast
import math

import nbformat
import numpy as np
import pytest
from course_harness import REPO, answer_cells

from mlinterview import regions

torch = pytest.importorskip(
    "torch",
    reason="PyTorch is not installed (the course does not need it); "
    "install it to compare the mock's references with torch",
)
F = torch.nn.functional

MOCK = REPO / "source" / "mock-mlp-from-scratch"


def _stage(number: int):
    return nbformat.read(MOCK / f"stage{number}.ipynb", 4)


@pytest.fixture(scope="module")
def ref() -> dict:
    """The three stages' answer cells, run in order: the reference solutions."""
    namespace: dict = {"np": np}
    for number in (1, 2, 3):
        for cell in answer_cells(_stage(number)).values():
            exec(regions.without_markers(cell.source), namespace)
    return namespace


def _params(rng, D, H, K, scale=1.0):
    return {
        "W1": rng.normal(size=(D, H)),
        "b1": rng.normal(size=H),
        "W2": scale * rng.normal(size=(H, K)),
        "b2": rng.normal(size=K),
    }


def _torch_loss(X, y, params, l2):
    """Loss and autograd gradients in float64."""
    T = {key: torch.tensor(value, requires_grad=True) for key, value in params.items()}
    logits = F.linear(F.relu(F.linear(torch.from_numpy(X), T["W1"].T, T["b1"])), T["W2"].T, T["b2"])
    loss = F.cross_entropy(logits, torch.from_numpy(y)) + l2 / 2 * (
        (T["W1"] ** 2).sum() + (T["W2"] ** 2).sum()
    )
    loss.backward()
    return loss.item(), {key: T[key].grad.numpy() for key in T}, logits.detach().numpy()


# --- mlp_forward -----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(20))
def test_mlp_forward_matches_torch(ref, seed):
    rng = np.random.default_rng(seed)
    N, D, H, K = rng.integers(1, 12, size=4)
    X, p = rng.normal(size=(N, D)), _params(rng, D, H, K)
    before = {key: value.copy() for key, value in p.items()}
    logits, cache = ref["mlp_forward"](X, p)
    _, _, expected = _torch_loss(X, rng.integers(0, K, size=N), p, 0.0)
    np.testing.assert_allclose(logits, expected, rtol=1e-12, atol=1e-12)
    assert sorted(cache) == ["X", "h", "z1"]
    z1 = X @ p["W1"] + p["b1"]
    np.testing.assert_allclose(cache["z1"], z1, rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(cache["h"], np.maximum(z1, 0))
    np.testing.assert_array_equal(cache["X"], X)
    for key, value in before.items():
        np.testing.assert_array_equal(p[key], value)


# --- mlp_loss_and_grads ----------------------------------------------------------------------


def _loop_loss(X, y, p, l2):
    """Mean cross-entropy with a stable log-sum-exp per row, plain Python."""
    total = 0.0
    for x, label in zip(X, y, strict=True):
        h = np.maximum(x @ p["W1"] + p["b1"], 0)
        scores = list(h @ p["W2"] + p["b2"])
        top = max(scores)
        total += top + math.log(sum(math.exp(s - top) for s in scores)) - scores[int(label)]
    return total / len(y) + l2 / 2 * (np.sum(p["W1"] ** 2) + np.sum(p["W2"] ** 2))


@pytest.mark.parametrize("seed", range(30))
def test_mlp_loss_and_grads_match_torch_autograd(ref, seed):
    rng = np.random.default_rng(100 + seed)
    N, D, H, K = (int(v) for v in rng.integers(1, 10, size=4) + [0, 0, 0, 1])
    scale = [1.0, 30.0, 500.0][seed % 3]  # logits up to the thousands
    l2 = [0.0, 0.1, 2.0][(seed // 3) % 3]
    X, y, p = rng.normal(size=(N, D)), rng.integers(0, K, size=N), _params(rng, D, H, K, scale)
    loss, grads = ref["mlp_loss_and_grads"](X, y, p, l2)
    expected, expected_grads, _ = _torch_loss(X, y, p, l2)
    assert isinstance(loss, float) and np.isfinite(loss)
    np.testing.assert_allclose(loss, expected, rtol=1e-10)
    np.testing.assert_allclose(loss, _loop_loss(X, y, p, l2), rtol=1e-10)
    assert sorted(grads) == sorted(p)
    for key in p:
        assert grads[key].shape == p[key].shape
        np.testing.assert_allclose(grads[key], expected_grads[key], rtol=1e-9, atol=1e-12)


def _hidden_cases_of_stage_2() -> list[tuple]:
    """(seed, N, D, H, K, scale) of every random case the stage-2 hidden tests differentiate."""
    cases = []
    for grade_id in (
        "test_mlp_loss_and_grads",
        "test_mlp_loss_and_grads_l2",
        "test_mlp_loss_and_grads_numerics",
    ):
        for cell in _stage(2).cells:
            if cell.metadata.get("nbgrader", {}).get("grade_id") != grade_id:
                continue
            hidden = "\n".join(regions.inside(cell.source, regions.HIDDEN_TESTS))
            tree = ast.parse(hidden)
            for node in ast.walk(tree):
                if isinstance(node, ast.For) and isinstance(node.iter, ast.List):
                    # `for case, seed, (N, D, H, K), [scale,] l2 in [...]` or
                    # `for seed, (N, D, H, K), l2 in [...]`
                    for item in ast.literal_eval(ast.unparse(node.iter)):
                        if isinstance(item[0], str):
                            scale = item[3] if len(item) > 4 else 1.0
                            cases.append((item[1], *item[2], scale))
                        else:
                            cases.append((item[0], *item[1], 1.0))
                elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "make_case":
                    if all(isinstance(arg, ast.Constant) for arg in node.args):
                        args = [arg.value for arg in node.args]
                        cases.append((*args, 1.0) if len(args) == 5 else tuple(args))
    return cases


def test_stage_2_hidden_cases_keep_clear_of_the_relu_kink():
    """Central differences with h = 1e-5 are right only where no pre-activation is within h of 0
    (perturbing a weight moves z1 by at most h times an input)."""
    cases = _hidden_cases_of_stage_2()
    assert len(cases) >= 7
    for seed, N, D, H, K, scale in cases:
        rng = np.random.default_rng(seed)
        p = {
            "W1": rng.normal(size=(D, H)),
            "b1": rng.normal(size=H),
            "W2": scale * rng.normal(size=(H, K)),
            "b2": rng.normal(size=K),
        }
        X = rng.normal(size=(N, D))
        z1 = X @ p["W1"] + p["b1"]
        margin = np.min(np.abs(z1)) / (1 + np.max(np.abs(X)))
        assert margin > 1e-3, (seed, margin)


# --- train_mlp -------------------------------------------------------------------------------


def _reference_draws(ref, X, y, hidden, seed, epochs):
    """The initial params and each epoch's row order, as the reference draws them."""
    rng = np.random.default_rng(seed)
    D, K = X.shape[1], int(y.max()) + 1
    W1 = rng.normal(0.0, np.sqrt(2.0 / D), size=(D, hidden))
    W2 = rng.normal(0.0, np.sqrt(2.0 / hidden), size=(hidden, K))
    orders = [rng.permutation(len(y)) for _ in range(epochs)]
    return {"W1": W1, "b1": np.zeros(hidden), "W2": W2, "b2": np.zeros(K)}, orders


@pytest.mark.parametrize(
    ("n", "batch_size", "momentum", "l2", "lr"),
    [
        (50, 16, 0.9, 0.0, 0.1),
        (37, 10, 0.5, 0.01, 0.2),
        (20, 32, 0.0, 0.1, 0.3),
        (64, 64, 0.9, 0.0, 0.05),
    ],
)
def test_train_mlp_follows_torch_sgd_with_momentum(ref, n, batch_size, momentum, l2, lr):
    rng = np.random.default_rng(n)
    X, y = rng.normal(size=(n, 3)), rng.integers(0, 3, size=n)
    y[:3] = [0, 1, 2]
    epochs, hidden, seed = 6, 8, 4
    params, losses = ref["train_mlp"](
        X,
        y,
        hidden=hidden,
        lr=lr,
        epochs=epochs,
        batch_size=batch_size,
        momentum=momentum,
        l2=l2,
        seed=seed,
    )
    start, orders = _reference_draws(ref, X, y, hidden, seed, epochs)
    T = {key: torch.nn.Parameter(torch.tensor(value)) for key, value in start.items()}
    optimizer = torch.optim.SGD(T.values(), lr=lr, momentum=momentum)
    expected_losses = []
    for order in orders:
        batch_losses = []
        for begin in range(0, n, batch_size):
            rows = torch.from_numpy(order[begin : begin + batch_size])
            logits = F.linear(
                F.relu(F.linear(torch.from_numpy(X)[rows], T["W1"].T, T["b1"])), T["W2"].T, T["b2"]
            )
            loss = F.cross_entropy(logits, torch.from_numpy(y)[rows]) + l2 / 2 * (
                (T["W1"] ** 2).sum() + (T["W2"] ** 2).sum()
            )
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            batch_losses.append(loss.item())
        expected_losses.append(np.mean(batch_losses))
    np.testing.assert_allclose(losses, expected_losses, rtol=1e-9)
    for key in start:
        np.testing.assert_allclose(params[key], T[key].detach().numpy(), rtol=1e-8, atol=1e-10)


def test_train_mlp_is_deterministic_whatever_the_global_state(ref):
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(40, 2)), rng.integers(0, 2, size=40)
    np.random.seed(1)  # noqa: NPY002 (the global state the reference must ignore)
    first = ref["train_mlp"](X, y, epochs=5, seed=3)
    np.random.seed(2)  # noqa: NPY002
    state = np.random.get_state()  # noqa: NPY002
    second = ref["train_mlp"](X, y, epochs=5, seed=3)
    assert np.array_equal(np.random.get_state()[1], state[1])  # noqa: NPY002
    np.testing.assert_array_equal(first[1], second[1])
    for key in first[0]:
        np.testing.assert_array_equal(first[0][key], second[0][key])


def _generators() -> dict:
    """The data generators of stage 3's test cells, read from their source."""
    namespace: dict = {"np": np}
    for cell in _stage(3).cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "test_train_mlp":
            tree = ast.parse(regions.without_markers(cell.source))
            for node in tree.body:
                if isinstance(node, ast.FunctionDef) and node.name in (
                    "xor_blobs",
                    "circles",
                    "spirals",
                ):
                    exec(ast.unparse(node), namespace)
    return namespace


@pytest.mark.parametrize(
    ("make", "seed", "noise", "kwargs", "sizes", "bar"),
    [
        ("xor_blobs", 10, 0.3, {}, (300, 500), 0.9),
        ("circles", 2101, 0.1, {}, (400, 1000), 0.85),
        ("spirals", 2102, 0.1, {}, (400, 1000), 0.85),
        ("xor_blobs", 2103, 0.35, {}, (400, 1000), 0.85),
        (
            "circles",
            2104,
            0.08,
            dict(hidden=16, lr=0.05, epochs=60, batch_size=20, momentum=0.8, l2=1e-3, seed=5),
            (400, 1000),
            0.85,
        ),
    ],
)
def test_accuracy_bars_sit_between_a_linear_model_and_the_reference(
    ref, make, seed, noise, kwargs, sizes, bar
):
    from sklearn.linear_model import LogisticRegression

    generate = _generators()[make]
    rng = np.random.default_rng(seed)
    X_train, y_train = generate(rng, sizes[0], noise)
    X_test, y_test = generate(rng, sizes[1], noise)
    linear = LogisticRegression(max_iter=1000).fit(X_train, y_train).score(X_test, y_test)
    for run in range(3):  # other seeds (other draws) clear the bar too
        settings = dict(kwargs, seed=kwargs.get("seed", 0) + 100 * run)
        params, losses = ref["train_mlp"](X_train, y_train, **settings)
        accuracy = np.mean(np.argmax(ref["mlp_forward"](X_test, params)[0], axis=1) == y_test)
        assert accuracy >= bar + 0.1, (run, accuracy)
        assert losses[-1] < 0.5 * losses[0]
    assert linear <= bar - 0.15, linear
