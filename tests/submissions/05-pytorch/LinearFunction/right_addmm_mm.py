# torch.addmm / torch.mm, the bias kept on ctx.
class LinearFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, weight, bias=None):
        ctx.save_for_backward(x, weight)
        ctx.bias_given = bias is not None
        if bias is None:
            return torch.mm(x, weight.t())
        return torch.addmm(bias, x, weight.t())

    @staticmethod
    def backward(ctx, grad_output):
        x, weight = ctx.saved_tensors
        grad_b = torch.sum(grad_output, 0) if ctx.bias_given else None
        return torch.mm(grad_output, weight), torch.mm(grad_output.t(), x), grad_b
