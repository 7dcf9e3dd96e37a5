# The bias's gradient left as grad_output (N, out), not summed over the batch: autograd sums
# it into the bias's shape silently, so only backward's own return value shows the mistake.
# loses: test_LinearFunction_by_hand
# says: the shape of `bias`
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
        grad_bias = grad_output if ctx.has_bias else None
        return grad_output @ weight, grad_output.T @ x, grad_bias
