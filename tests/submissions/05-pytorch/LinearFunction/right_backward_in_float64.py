# Gradients accumulated in float64 for accuracy; autograd casts them to the inputs' dtype.
class LinearFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, weight, bias=None):
        ctx.save_for_backward(x, weight)
        ctx.has_bias = bias is not None
        return F.linear(x, weight, bias)

    @staticmethod
    def backward(ctx, grad_output):
        x, weight = ctx.saved_tensors
        g = grad_output.double()
        grad_bias = g.sum(0) if ctx.has_bias else None
        return g @ weight.double(), g.T @ x.double(), grad_bias
