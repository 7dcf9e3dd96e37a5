# ctx.needs_input_grad read at the wrong index: the weight's gradient is skipped whenever x
# needs none (x is data in a first layer), so the weight gets no gradient.
# loses: test_LinearFunction_no_bias
# says: no gradient for the weight when x needs none
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
        grad_x = grad_weight = grad_bias = None
        if ctx.needs_input_grad[0]:
            grad_x = grad_output @ weight
            grad_weight = grad_output.T @ x
        if ctx.has_bias:
            grad_bias = grad_output.sum(0)
        return grad_x, grad_weight, grad_bias
