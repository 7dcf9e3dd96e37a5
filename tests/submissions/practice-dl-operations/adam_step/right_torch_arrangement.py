# Arranged as torch's single-tensor Adam: lerp for m, the step size lr / (1 - beta1**t) and the
# denominator sqrt(v) / sqrt(1 - beta2**t) + eps.
def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
              weight_decay=0.0, decoupled=False):
    param = np.array(param, dtype=np.float64)  # a copy
    grad = np.array(grad, dtype=np.float64)
    if weight_decay != 0:
        if decoupled:
            param *= 1 - lr * weight_decay
        else:
            grad += weight_decay * param
    exp_avg = m + (grad - m) * (1 - beta1)
    exp_avg_sq = v * beta2 + grad * grad * (1 - beta2)
    bias_correction1 = 1 - beta1**t
    bias_correction2_sqrt = np.sqrt(1 - beta2**t)
    denom = np.sqrt(exp_avg_sq) / bias_correction2_sqrt + eps
    param -= (lr / bias_correction1) * exp_avg / denom
    return param, exp_avg, exp_avg_sq
