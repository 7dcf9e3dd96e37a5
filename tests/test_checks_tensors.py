"""checks.tensors: the PyTorch checks of lesson 05, each failing a known mistake clearly."""

from __future__ import annotations

import sys

import pytest

from mlinterview import checks

torch = pytest.importorskip("torch", reason="PyTorch is not installed (lesson 05 needs it)")
nn, F = torch.nn, torch.nn.functional


def _inputs(seed: int = 0):
    gen = torch.Generator().manual_seed(seed)
    return tuple(
        torch.randn(*shape, dtype=torch.float64, generator=gen, requires_grad=True)
        for shape in ((5, 3), (4, 3), (4,))
    )


class _Linear(torch.autograd.Function):
    """A linear layer whose weight gradient is transposed when ``wrong`` is set."""

    wrong = False

    @staticmethod
    def forward(ctx, x, w, b):
        ctx.save_for_backward(x, w)
        return x @ w.T + b

    @staticmethod
    def backward(ctx, g):
        x, w = ctx.saved_tensors
        grad_w = (x.T @ g).reshape(w.shape) if _Linear.wrong else g.T @ x
        return g @ w, grad_w, g.sum(0)


def test_check_gradcheck_names_the_input_whose_gradient_is_wrong(monkeypatch):
    names = ("x", "weight", "bias")
    checks.check_gradcheck("lin", _Linear.apply, _inputs(), names, "a case")
    monkeypatch.setattr(_Linear, "wrong", True)
    with pytest.raises(checks.CheckFailure, match="wrong gradient for `weight` on a case"):
        checks.check_gradcheck("lin", _Linear.apply, _inputs(), names, "a case")


def test_check_gradcheck_reports_a_crash_in_backward():
    class Broken(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x, w, b):
            return x @ w.T + b

        @staticmethod
        def backward(ctx, g):
            raise ValueError("no saved tensors")

    with pytest.raises(checks.CheckFailure, match="raised ValueError in its forward or backward"):
        checks.check_gradcheck("lin", Broken.apply, _inputs(), ("x", "w", "b"), "a case")


def test_check_float_refuses_a_tensor_and_says_item():
    assert checks.check_float("f", 0.5) == 0.5
    with pytest.raises(checks.CheckFailure, match=r"`\.item\(\)`"):
        checks.check_float("f", torch.tensor(0.5))
    with pytest.raises(checks.CheckFailure, match="finite"):
        checks.check_float("f", float("nan"))


def test_check_tensor_close_wants_a_tensor_of_the_shape():
    expected = torch.ones(2, 3)
    checks.check_tensor_close("f", torch.ones(2, 3, dtype=torch.float64), expected)
    with pytest.raises(checks.CheckFailure, match="expected a torch.Tensor"):
        checks.check_tensor_close("f", expected.numpy(), expected)
    with pytest.raises(checks.CheckFailure, match=r"shape \(3, 2\)"):
        checks.check_tensor_close("f", torch.ones(3, 2), expected)
    with pytest.raises(checks.CheckFailure, match="first at index"):
        checks.check_tensor_close("f", 2 * expected, expected)


def test_forward_log_records_mode_and_grad_per_batch():
    model = nn.Linear(2, 1)
    batch = torch.ones(3, 2)
    with checks.ForwardLog(model) as log:
        model.eval()
        with torch.no_grad():
            model(batch)
        model.train()
        model(torch.zeros(1, 2))
    assert log.modes_for(batch) == [(False, False)]
    assert [(t, g) for t, g, _ in log.calls] == [(False, False), (True, True)]
    model(batch)  # the hook is gone after the block
    assert len(log.calls) == 2


def test_step_log_records_each_gradient_before_its_step():
    model = nn.Linear(2, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    with checks.StepLog(optimizer) as log:
        for _ in range(2):  # no zero_grad: the second step sees the sum
            model(torch.ones(1, 2)).sum().backward()
            optimizer.step()
    assert len(log.steps) == 2
    (w1, g1), (w2, g2) = log.steps[0][0], log.steps[1][0]
    assert torch.equal(g2, 2 * g1) and not torch.equal(w1, w2)
    assert "step" not in vars(optimizer)  # the optimizer's own step again


def test_calls_to_counts_builtins_and_python_functions():
    q = torch.randn(1, 2, 3, 4)
    _, fused = checks.calls_to(
        (F.scaled_dot_product_attention,), F.scaled_dot_product_attention, q, q, q
    )
    _, none = checks.calls_to(
        (F.scaled_dot_product_attention,), torch.matmul, q, q.transpose(-1, -2)
    )
    x = torch.ones(2, requires_grad=True)
    _, autograd = checks.autograd_calls(torch.autograd.grad, (x * x).sum(), x)
    assert (fused, none, autograd) == (1, 0, 1)


def test_calls_to_sees_the_operator_behind_a_function():
    """A learner cannot hide the fused kernel behind ``torch.ops``; one call counts once."""
    q = torch.randn(1, 2, 3, 4)
    aten = torch.ops.aten.scaled_dot_product_attention
    for via in (aten, aten.default, F.scaled_dot_product_attention):
        _, count = checks.calls_to((F.scaled_dot_product_attention, aten), via, q, q, q)
        assert count == 1, via
    _, twice = checks.calls_to((aten,), lambda: [aten(q, q, q), aten.default(q, q, q)])
    assert twice == 2


def test_describe_gives_a_tensors_shape_and_dtype():
    assert checks.describe(torch.zeros(2, 3)) == "tensor of shape (2, 3) and dtype torch.float32"


def test_require_torch_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # as if PyTorch were not installed
    with pytest.raises(ModuleNotFoundError, match="pip install torch==2.13.0"):
        checks.require_torch()


def test_a_module_that_raises_is_named_by_its_class():
    class TinyNet(nn.Module):
        def forward(self, x):
            raise RuntimeError("mat1 and mat2 shapes cannot be multiplied")

    with pytest.raises(checks.CheckFailure, match=r"`TinyNet\(") as caught:
        checks.call(TinyNet(), torch.zeros(2, 3))
    assert "your function" not in str(caught.value)
