# Right gradients, but backward asks autograd for them instead of writing them by hand.
# loses: test_LinearFunction_by_hand
# says: asked autograd for its gradients
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
        with torch.enable_grad():
            x_, w_ = x.detach().requires_grad_(), weight.detach().requires_grad_()
            grad_x, grad_w = torch.autograd.grad(x_ @ w_.T, (x_, w_), grad_output)
        return grad_x, grad_w, grad_output.sum(0) if ctx.has_bias else None
