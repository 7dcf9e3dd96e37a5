# `if bias:` to test for a missing bias: a tensor of several entries has no truth value.
# loses: test_LinearFunction, test_LinearFunction_by_hand
# says: Boolean value of Tensor
class LinearFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, weight, bias=None):
        ctx.save_for_backward(x, weight, bias)
        out = x @ weight.T
        if bias:
            out = out + bias
        return out

    @staticmethod
    def backward(ctx, grad_output):
        x, weight, bias = ctx.saved_tensors
        grad_bias = grad_output.sum(0) if bias is not None else None
        return grad_output @ weight, grad_output.T @ x, grad_bias
