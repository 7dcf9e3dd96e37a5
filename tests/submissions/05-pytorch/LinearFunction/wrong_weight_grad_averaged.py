# The weight's gradient divided by the batch size, as if the loss were a mean.
# loses: test_LinearFunction, test_LinearFunction_no_bias, test_LinearFunction_by_hand
# says: wrong gradient for `weight`
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
        grad_bias = grad_output.sum(0) if ctx.has_bias else None
        return grad_output @ weight, grad_output.T @ x / x.shape[0], grad_bias
