# backward hands the work to torch.func.vjp of F.linear: autograd again, not by hand.
# loses: test_LinearFunction_by_hand
# says: asked autograd for its gradients
class LinearFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, weight, bias=None):
        ctx.save_for_backward(x, weight, bias)
        return F.linear(x, weight, bias)

    @staticmethod
    def backward(ctx, grad_output):
        x, weight, bias = ctx.saved_tensors
        if bias is None:
            _, vjp = torch.func.vjp(F.linear, x, weight)
            return (*vjp(grad_output), None)
        _, vjp = torch.func.vjp(F.linear, x, weight, bias)
        return vjp(grad_output)
