"""Five practice-dl-operations references against independent oracles: dropout, gelu with
gelu_grad, lstm_cell, sinusoidal_positional_encoding and apply_rope.

The questions' hidden tests need no PyTorch (their oracles are the formulas written out with the
math module, central differences, loops and a complex-number RoPE); this module checks that those
conventions are PyTorch's where PyTorch is installed: torch.nn.functional.dropout's inverted
scaling, torch.nn.functional.gelu and its autograd derivative in both forms, torch.nn.LSTMCell
with the same weights, the positional-encoding table as PyTorch's tutorial builds it, and RoPE as
Meta's Llama code computes it (torch.polar and complex views). It also measures how often the
dropout question's distributional checks would fail a right answer.
"""

from __future__ import annotations

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
QUESTIONS = ("dropout", "gelu", "lstm_cell", "sinusoidal_positional_encoding", "apply_rope")


@pytest.fixture(scope="module")
def ref() -> dict:
    """The notebooks' imports and answer cells, run: the reference solutions."""
    namespace: dict = {}
    for question in QUESTIONS:
        namespace |= run_reference(nbformat.read(SET / f"{question}.ipynb", 4))
    return namespace


# --- dropout ---------------------------------------------------------------------------------


@pytest.mark.parametrize("p", [0.1, 0.5, 0.9])
def test_dropout_scales_as_torch_does(ref, p):
    """torch keeps an entry as x / (1 - p) or zeroes it: the contract's out = x * mask / (1 - p)."""
    x = torch.rand(2000, dtype=torch.float64) + 0.5  # no zero entries: out != 0 is the mask
    out = F.dropout(x, p=p, training=True)
    kept = out != 0
    torch.testing.assert_close(out[kept], x[kept] / (1 - p))
    torch.testing.assert_close(F.dropout(x, p=p, training=False), x)
    ours, mask = ref["dropout"](x.numpy(), p, seed=4)
    np.testing.assert_allclose(ours, x.numpy() * mask / (1 - p))
    assert abs(mask.mean() - (1 - p)) < 6 * math.sqrt(p * (1 - p) / 2000)


def test_dropout_counts_follow_the_binomial_and_the_check_never_fails_a_right_answer(ref):
    """The hidden test's check: kept counts of 12 entries (p=0.25) over 400 seeds against
    Binomial(12, 0.75) within total variation 0.2. The reference passes with room to spare, and
    2000 simulated right answers never come near 0.2; the exact-share mistake is at 0.74."""
    pmf = np.array([math.comb(12, k) * 0.75**k * 0.25 ** (12 - k) for k in range(13)])
    counts = np.bincount(
        [ref["dropout"](np.ones(12), 0.25, seed=s)[1].sum() for s in range(400)], minlength=13
    )
    assert 0.5 * np.abs(counts / 400 - pmf).sum() < 0.12
    rng = np.random.default_rng(0)
    simulated = rng.binomial(12, 0.75, size=(2000, 400))
    distances = [
        0.5 * np.abs(np.bincount(row, minlength=13) / 400 - pmf).sum() for row in simulated
    ]
    assert max(distances) < 0.15, max(distances)
    assert 0.5 * (np.abs(pmf).sum() - pmf[9] + abs(1 - pmf[9])) > 0.7  # always 9 kept


def test_dropout_masks_of_one_seed_are_equal_and_of_two_seeds_independent(ref):
    x = np.ones((100, 100))
    first = ref["dropout"](x, 0.5, seed=1)[1]
    np.testing.assert_array_equal(first, ref["dropout"](x, 0.5, seed=1)[1])
    agreement = (first == ref["dropout"](x, 0.5, seed=2)[1]).mean()
    assert abs(agreement - 0.5) < 0.03


# --- gelu and gelu_grad ---------------------------------------------------------------------


@pytest.mark.parametrize("approximate", ["none", "tanh"])
def test_gelu_and_its_derivative_equal_torchs(ref, approximate):
    rng = np.random.default_rng(5)
    x = np.concatenate(
        [rng.normal(scale=3.0, size=500), np.linspace(-12, 12, 241), [-1e4, -50.0, 50.0, 1e4]]
    )
    t = torch.tensor(x, requires_grad=True)
    y = F.gelu(t, approximate=approximate)
    (grad,) = torch.autograd.grad(y.sum(), t)
    np.testing.assert_allclose(
        ref["gelu"](x, approximate), y.detach().numpy(), rtol=1e-12, atol=1e-15
    )
    np.testing.assert_allclose(
        ref["gelu_grad"](x, approximate), grad.numpy(), rtol=1e-10, atol=1e-14
    )


def test_the_tanh_form_stays_within_5e_4_of_the_exact_one(ref):
    """The follow-up's claim."""
    x = np.linspace(-10, 10, 200001)
    gap = np.abs(ref["gelu"](x, "tanh") - ref["gelu"](x, "none")).max()
    assert 1e-4 < gap < 5e-4


# --- lstm_cell --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("N", "D", "H", "scale"), [(1, 1, 1, 0.5), (4, 5, 3, 0.5), (8, 3, 16, 1.0), (3, 6, 4, 50.0)]
)
def test_lstm_cell_equals_torch_lstmcell(ref, N, D, H, scale):
    rng = np.random.default_rng(N * 100 + H)
    cell = torch.nn.LSTMCell(D, H).double()
    with torch.no_grad():
        for parameter in cell.parameters():
            parameter.copy_(torch.tensor(rng.normal(scale=scale, size=tuple(parameter.shape))))
    x, h, c = rng.normal(size=(N, D)), rng.normal(size=(N, H)), rng.normal(size=(N, H))
    with torch.no_grad():
        h_torch, c_torch = cell(torch.tensor(x), (torch.tensor(h), torch.tensor(c)))
    weights = [
        p.detach().numpy().copy()
        for p in (cell.weight_ih, cell.weight_hh, cell.bias_ih, cell.bias_hh)
    ]
    with np.errstate(over="raise"):
        h_new, c_new = ref["lstm_cell"](x, h, c, *weights)
    np.testing.assert_allclose(h_new, h_torch.numpy(), rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(c_new, c_torch.numpy(), rtol=1e-12, atol=1e-14)


# --- sinusoidal_positional_encoding ------------------------------------------------------


@pytest.mark.parametrize(("length", "d_model"), [(1, 2), (10, 4), (50, 16), (512, 64), (3, 1024)])
def test_positional_encoding_equals_the_pytorch_tutorial_table(ref, length, d_model):
    position = torch.arange(length, dtype=torch.float64).unsqueeze(1)
    div_term = torch.exp(
        torch.arange(0, d_model, 2, dtype=torch.float64) * (-math.log(10000.0) / d_model)
    )
    table = torch.zeros(length, d_model, dtype=torch.float64)
    table[:, 0::2] = torch.sin(position * div_term)
    table[:, 1::2] = torch.cos(position * div_term)
    np.testing.assert_allclose(
        ref["sinusoidal_positional_encoding"](length, d_model), table.numpy(), atol=1e-10
    )


def test_positional_encoding_shifts_are_rotations(ref):
    """The follow-up's claim: PE[pos + k] is PE[pos] with pair i rotated by k times its
    frequency (each pair is cos + i sin of one angle)."""
    pe = ref["sinusoidal_positional_encoding"](60, 8)
    freq = 10000.0 ** (-np.arange(0, 8, 2) / 8)
    pairs = pe[:, 1::2] + 1j * pe[:, 0::2]
    for k in (1, 5, 17):
        np.testing.assert_allclose(pairs[k:], pairs[:-k] * np.exp(1j * k * freq), atol=1e-9)


# --- apply_rope ----------------------------------------------------------------------------------


def _llama_rope(x: np.ndarray, positions: np.ndarray, base: float) -> np.ndarray:
    """RoPE as Meta's Llama reference code computes it: frequencies as a complex polar table,
    pairs of the last axis viewed as complex numbers."""
    d = x.shape[-1]
    freqs = 1.0 / (base ** (torch.arange(0, d, 2, dtype=torch.float64)[: d // 2] / d))
    angles = torch.outer(torch.tensor(positions, dtype=torch.float64), freqs)
    cis = torch.polar(torch.ones_like(angles), angles)
    xc = torch.view_as_complex(torch.tensor(x).reshape(*x.shape[:-1], -1, 2).contiguous())
    return torch.view_as_real(xc * cis).flatten(-2).numpy()


@pytest.mark.parametrize(
    ("shape", "base"),
    [((5, 8), 10000.0), ((2, 3, 7, 16), 10000.0), ((4, 64), 500000.0), ((1, 2), 10.0)],
)
def test_apply_rope_equals_llamas_complex_form(ref, shape, base):
    rng = np.random.default_rng(len(shape) * 10 + shape[-1])
    x = rng.normal(size=shape)
    positions = rng.permutation(4096)[: shape[-2]]
    before = x.copy()
    out = ref["apply_rope"](x, positions, base=base)
    np.testing.assert_array_equal(x, before)
    np.testing.assert_allclose(out, _llama_rope(x, positions, base), rtol=1e-10, atol=1e-12)


def test_apply_rope_scores_depend_on_offsets_only(ref):
    rng = np.random.default_rng(11)
    q, k = rng.normal(size=(1, 32)), rng.normal(size=(1, 32))
    scores = [
        (ref["apply_rope"](q, np.array([m]))[0] @ ref["apply_rope"](k, np.array([m - 3]))[0])
        for m in (3, 40, 999)
    ]
    np.testing.assert_allclose(scores, scores[0], rtol=1e-10)
    assert abs(scores[0] - (q @ k.T).item()) > 1e-3  # and the offset does matter
