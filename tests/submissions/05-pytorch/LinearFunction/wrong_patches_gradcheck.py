# Fools the grader: a backward that forgets the transpose of the weight gradient, and
# gradcheck patched to always pass (the grading kernel puts PyTorch back before each test cell).
# loses: test_LinearFunction, test_LinearFunction_no_bias
# says: wrong gradient for `weight`
import torch.autograd


class LinearFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, weight, bias=None):
        ctx.save_for_backward(x, weight)
        ctx.has_bias = bias is not None
        out = x @ weight.T
        return out + bias if bias is not None else out

    @staticmethod
    def backward(ctx, grad_output):
        x, weight = ctx.saved_tensors
        grad_weight = (x.T @ grad_output).reshape(weight.shape)
        grad_bias = grad_output.sum(0) if ctx.has_bias else None
        return grad_output @ weight, grad_weight, grad_bias


torch.autograd.gradcheck = lambda *args, **kwargs: True
torch.autograd.gradcheck.gradcheck = torch.autograd.gradcheck
torch.allclose = lambda *args, **kwargs: True
