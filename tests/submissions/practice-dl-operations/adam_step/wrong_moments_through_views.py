# Writes the new moments through flat views of m and v (reshape(-1) returns a view): the
# caller's m and v change, and the returned m and v are the caller's arrays.
# loses: test_adam_step_input
# says: modified its input
def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
              weight_decay=0.0, decoupled=False):
    if decoupled:
        param = param * (1 - lr * weight_decay)
    else:
        grad = grad + weight_decay * param
    m_flat, v_flat = m.reshape(-1), v.reshape(-1)  # views of the caller's arrays
    m_flat[:] = beta1 * m_flat + (1 - beta1) * grad.reshape(-1)
    v_flat[:] = beta2 * v_flat + (1 - beta2) * grad.reshape(-1) ** 2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    return param - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
