# Computes in float64 "for gradcheck" and returns float64 for float32 inputs: not what
# F.linear returns.
# loses: test_LinearFunction_by_hand
# says: dtype torch.float64
class LinearFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, weight, bias=None):
        x, weight = x.double(), weight.double()
        ctx.save_for_backward(x, weight)
        ctx.has_bias = bias is not None
        out = x @ weight.T
        return out + bias.double() if bias is not None else out

    @staticmethod
    def backward(ctx, grad_output):
        x, weight = ctx.saved_tensors
        grad_output = grad_output.double()
        grad_bias = grad_output.sum(0) if ctx.has_bias else None
        return grad_output @ weight, grad_output.T @ x, grad_bias
