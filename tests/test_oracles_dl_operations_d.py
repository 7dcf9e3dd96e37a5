"""Four practice-dl-operations references against independent oracles: adam_step,
embedding_backward, top_p_filter, and box_iou with nms.

The questions' hidden tests need no PyTorch (their oracles are torch's formulas written out, naive
loops, a greedy NMS in plain Python); this module checks that those conventions really are
PyTorch's where PyTorch is installed: torch.optim.Adam and AdamW step by step, the gradient of
torch.nn.functional.embedding through autograd, and a torch.sort top-p. torchvision is not a
dependency, so box_iou and nms are compared with pair-by-pair loops and a greedy NMS written here,
on many random cases with ties. It also proves the test data keep the promises the contracts make:
every cumulative sum of a top-p test with p < 1 is at least 1e-9 away from p, and no IoU of the
random NMS tests is that close to the threshold.
"""

from __future__ import annotations

import contextlib
import io
import math

import nbformat
import numpy as np
import pytest
from course_harness import REPO, run_reference

torch = pytest.importorskip(
    "torch",
    reason="PyTorch is not installed (the course does not need it); "
    "install it to compare the practice references with torch",
)
F = torch.nn.functional


SET = REPO / "source" / "practice-dl-operations"


def _notebook(question: str):
    return nbformat.read(SET / f"{question}.ipynb", 4)


@pytest.fixture(scope="module")
def ref() -> dict:
    namespace: dict = {}
    for question in ("adam_step", "embedding_backward", "top_p_filter", "box_iou"):
        namespace |= run_reference(_notebook(question))
    return namespace


def _test_cells(notebook):
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution"):
            yield meta["grade_id"], cell.source


def _calls_of_test_cells(question: str, name: str, monkeypatch) -> list[tuple[str, tuple]]:
    """Run every test cell of a question on its reference with ``name`` wrapped, and return the
    arguments of each call (grade id, args): the data the hidden tests use."""
    monkeypatch.setenv("MLINTERVIEW_GRADING", "1")
    notebook = _notebook(question)
    calls: list[tuple[str, tuple]] = []
    for grade_id, source in _test_cells(notebook):
        namespace = run_reference(notebook)
        original = namespace[name]

        def recorded(*args, _original=original, _id=grade_id, **kwargs):
            calls.append((_id, tuple(np.array(a, dtype=float) for a in args)))
            return _original(*args, **kwargs)

        recorded.__name__ = recorded.__qualname__ = name
        namespace[name] = recorded
        with contextlib.redirect_stdout(io.StringIO()):
            exec(source, namespace)
    return calls


# --- adam_step against torch.optim ---------------------------------------------------------


@pytest.mark.parametrize("decoupled", [False, True])
@pytest.mark.parametrize(
    ("lr", "betas", "eps", "weight_decay"),
    [
        (1e-3, (0.9, 0.999), 1e-8, 0.0),
        (1e-2, (0.9, 0.999), 1e-8, 0.01),
        (0.1, (0.8, 0.99), 1e-6, 0.5),
        (3e-4, (0.95, 0.9999), 1e-8, 0.1),
    ],
)
def test_adam_step_follows_torch_optim_step_by_step(ref, decoupled, lr, betas, eps, weight_decay):
    rng = np.random.default_rng(int(1000 * lr) + int(10 * weight_decay) + decoupled)
    param = rng.normal(size=(3, 4))
    p = torch.nn.Parameter(torch.tensor(param.copy()))
    optimizer = (torch.optim.AdamW if decoupled else torch.optim.Adam)(
        [p], lr=lr, betas=betas, eps=eps, weight_decay=weight_decay
    )
    m, v = np.zeros_like(param), np.zeros_like(param)
    for t in range(1, 9):
        grad = rng.normal(scale=10.0 ** rng.integers(-4, 2), size=param.shape)
        p.grad = torch.tensor(grad.copy())
        optimizer.step()
        inputs = (param, grad, m, v)
        before = [a.copy() for a in inputs]
        param, m, v = ref["adam_step"](
            *inputs, t, lr, betas[0], betas[1], eps, weight_decay, decoupled
        )
        for a, b in zip(inputs, before, strict=True):
            np.testing.assert_array_equal(a, b)  # inputs untouched
        state = optimizer.state[p]
        np.testing.assert_allclose(param, p.detach().numpy(), rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(m, state["exp_avg"].numpy(), rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(v, state["exp_avg_sq"].numpy(), rtol=1e-12, atol=1e-18)


def test_adam_step_defaults_are_torchs(ref):
    rng = np.random.default_rng(7)
    param, grad = rng.normal(size=5), rng.normal(scale=1e-6, size=5)
    p = torch.nn.Parameter(torch.tensor(param.copy()))
    optimizer = torch.optim.Adam([p])
    p.grad = torch.tensor(grad.copy())
    optimizer.step()
    new, *_ = ref["adam_step"](param, grad, np.zeros(5), np.zeros(5), 1)
    np.testing.assert_allclose(new, p.detach().numpy(), rtol=1e-12)


# --- embedding_backward against autograd ---------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "dim", "vocab_size"),
    [
        ((7,), 3, 5),
        ((3, 5), 4, 6),
        ((2, 3, 4), 2, 9),
        ((2, 2, 2, 3), 5, 3),
        ((200,), 8, 1000),
        ((0,), 3, 4),
    ],
)
def test_embedding_backward_is_autograds_gradient(ref, shape, dim, vocab_size):
    rng = np.random.default_rng(sum(shape) + dim)
    indices = rng.integers(0, vocab_size, size=shape)
    dout = rng.normal(size=shape + (dim,))
    W = torch.tensor(rng.normal(size=(vocab_size, dim)), requires_grad=True)
    out = F.embedding(torch.tensor(indices), W)
    out.backward(torch.tensor(dout))
    expected = W.grad.numpy() if W.grad is not None else np.zeros((vocab_size, dim))
    np.testing.assert_allclose(
        ref["embedding_backward"](indices, dout, vocab_size), expected, rtol=1e-12, atol=1e-14
    )


# --- top_p_filter against a loop and torch.sort --------------------------------------------


def naive_top_p(logits, p):
    """Row by row in plain Python: tokens by decreasing probability, ties by index, kept until
    the running sum reaches p (p = 1 keeps every token)."""
    logits = np.asarray(logits, dtype=float)
    out = []
    for row in logits.reshape(-1, logits.shape[-1]).tolist():
        top = max(row)
        weights = [math.exp(x - top) for x in row]
        probs = [w / sum(weights) for w in weights]
        kept, running = [-math.inf] * len(row), 0.0
        for j in sorted(range(len(row)), key=lambda j: (-probs[j], j)):
            kept[j] = row[j]
            running += probs[j]
            if p < 1 and running >= p:
                break
        out += kept
    return np.array(out).reshape(logits.shape)


def torch_top_p(logits, p):
    """Top-p as it is written with torch: a stable descending sort, the mass before each token."""
    x = torch.tensor(np.asarray(logits, dtype=float))
    if p >= 1:
        return x.numpy()
    probs = F.softmax(x, dim=-1)
    ranked, order = torch.sort(probs, dim=-1, descending=True, stable=True)
    remove_ranked = torch.cumsum(ranked, dim=-1) - ranked >= p
    remove = remove_ranked.scatter(-1, order, remove_ranked)
    return x.masked_fill(remove, -math.inf).numpy()


def _margin(logits, p) -> float:
    """The smallest distance between p and a cumulative sum of the ranked probabilities."""
    rows = np.asarray(logits, dtype=float).reshape(-1, np.shape(logits)[-1])
    probs = np.exp(rows - rows.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    return float(np.abs(np.cumsum(-np.sort(-probs, axis=1), axis=1) - p).min())


def test_top_p_filter_matches_a_loop_and_torch(ref):
    rng = np.random.default_rng(11)
    checked = 0
    for trial in range(300):
        shape = [(12,), (4, 9), (2, 3, 6), (1, 30)][trial % 4]
        if trial % 3 == 0:  # small integers: many ties
            logits = rng.integers(-2, 3, size=shape).astype(float)
        else:
            logits = rng.normal(scale=[0.5, 2.0, 8.0, 1e4][trial % 4], size=shape)
        p = [0.1, 0.3, 0.5, 0.75, 0.9, 0.99, 1.0][trial % 7]
        if p < 1 and _margin(logits, p) < 1e-9:
            continue
        got = ref["top_p_filter"](logits.copy(), p)
        np.testing.assert_array_equal(got, naive_top_p(logits, p))
        np.testing.assert_array_equal(got, torch_top_p(logits, p))
        checked += 1
    assert checked > 250


def test_top_p_filter_keeps_every_token_at_p_one_and_is_stable(ref):
    logits = np.array([[0.0, -800.0, 3.0, -1000.0], [1e4, -1e4, 0.0, 1.0]])
    np.testing.assert_array_equal(ref["top_p_filter"](logits, 1.0), logits)
    got = ref["top_p_filter"](np.array([1e4, 0.0, 1e4 - 1.0]), 0.9)
    np.testing.assert_array_equal(got, torch_top_p(np.array([1e4, 0.0, 1e4 - 1.0]), 0.9))


def test_top_p_tests_keep_cumulative_sums_away_from_p(monkeypatch):
    """The contract promises tests with p < 1 keep every cumulative sum 1e-9 away from p."""
    calls = _calls_of_test_cells("top_p_filter", "top_p_filter", monkeypatch)
    assert len(calls) > 30
    for grade_id, (logits, p) in calls:
        if p < 1:
            assert _margin(logits, float(p)) >= 1e-9, grade_id


# --- box_iou and nms against loops (torchvision is not installed) -------------------------


def naive_iou(boxes_a, boxes_b):
    out = np.zeros((len(boxes_a), len(boxes_b)))
    for i, (ax1, ay1, ax2, ay2) in enumerate(np.asarray(boxes_a, dtype=float).tolist()):
        for j, (bx1, by1, bx2, by2) in enumerate(np.asarray(boxes_b, dtype=float).tolist()):
            inter = max(0.0, min(ax2, bx2) - max(ax1, bx1)) * max(
                0.0, min(ay2, by2) - max(ay1, by1)
            )
            out[i, j] = inter / ((ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter)
    return out


def naive_nms(boxes, scores, iou_threshold):
    """torchvision.ops.nms's rule: the best remaining box (ties: lower index) is kept and drops
    the remaining boxes whose IoU with it is above the threshold."""
    iou = naive_iou(boxes, boxes)
    remaining = sorted(range(len(boxes)), key=lambda i: (-scores[i], i))
    keep = []
    while remaining:
        best = remaining.pop(0)
        keep.append(best)
        remaining = [j for j in remaining if iou[best, j] <= iou_threshold]
    return keep


def _boxes(rng, n, spread):
    corner = rng.uniform(0, spread, size=(n, 2))
    return np.hstack([corner, corner + rng.uniform(0.5, 5.0, size=(n, 2))])


def test_box_iou_matches_a_pair_loop(ref):
    rng = np.random.default_rng(12)
    for n, m, spread in [(1, 1, 1.0), (5, 8, 4.0), (20, 13, 10.0), (40, 40, 30.0), (3, 0, 5.0)]:
        a, b = _boxes(rng, n, spread), _boxes(rng, m, spread)
        iou = ref["box_iou"](a, b)
        assert iou.shape == (n, m)
        np.testing.assert_allclose(iou, naive_iou(a, b), rtol=1e-12, atol=1e-15)
    # Touching and disjoint boxes have IoU exactly 0; a box with itself exactly 1.
    a = np.array([[0.0, 0.0, 1.0, 1.0], [1.0, 1.0, 2.0, 2.0], [5.0, 0.0, 6.0, 1.0]])
    np.testing.assert_array_equal(ref["box_iou"](a, a), np.eye(3))


def test_nms_matches_a_greedy_loop(ref):
    rng = np.random.default_rng(13)
    for trial in range(200):
        n = int(rng.integers(0, 40))
        boxes = _boxes(rng, n, [5.0, 15.0, 40.0][trial % 3])
        scores = rng.uniform(size=n)
        if trial % 2:
            scores = np.round(scores, 1)  # ties
        threshold = [0.0, 0.2, 0.5, 0.7, 1.0][trial % 5]
        keep = ref["nms"](boxes, scores, threshold)
        assert keep.dtype.kind in "iu"
        assert keep.tolist() == naive_nms(boxes, scores, threshold)


def test_random_nms_tests_keep_ious_away_from_the_threshold(ref, monkeypatch):
    """In the random cases of test_box_iou_nms no IoU is within 1e-9 of the threshold, so any
    right way of computing it decides the same (the rules cell's exact ties are exact in float)."""
    calls = _calls_of_test_cells("box_iou", "nms", monkeypatch)
    random_cases = [args for grade_id, args in calls if grade_id == "test_box_iou_nms"]
    assert len(random_cases) >= 6
    for boxes, _, threshold in random_cases:
        iou = naive_iou(boxes, boxes)[~np.eye(len(boxes), dtype=bool)]
        assert np.abs(iou - float(threshold)).min() >= 1e-9
