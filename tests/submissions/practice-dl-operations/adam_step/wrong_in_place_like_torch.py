# Updates the state in place, as torch does with its own buffers: the caller's param, grad, m
# and v are overwritten.
# loses: test_adam_step_input
# says: modified its input
def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
              weight_decay=0.0, decoupled=False):
    if decoupled:
        param *= 1 - lr * weight_decay
    else:
        grad += weight_decay * param
    m *= beta1
    m += (1 - beta1) * grad
    v *= beta2
    v += (1 - beta2) * grad**2
    param -= lr * (m / (1 - beta1**t)) / (np.sqrt(v / (1 - beta2**t)) + eps)
    return param, m, v
