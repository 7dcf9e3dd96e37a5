# Copies the state first, then updates the copies in place with out= ufuncs.
def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
              weight_decay=0.0, decoupled=False):
    p, g, m1, v1 = (np.array(a, dtype=float, copy=True) for a in (param, grad, m, v))
    if decoupled:
        np.multiply(p, 1.0 - lr * weight_decay, out=p)
    elif weight_decay:
        np.add(g, weight_decay * p, out=g)
    np.multiply(m1, beta1, out=m1)
    np.add(m1, (1.0 - beta1) * g, out=m1)
    np.multiply(v1, beta2, out=v1)
    np.add(v1, (1.0 - beta2) * np.square(g), out=v1)
    update = (m1 / (1.0 - beta1**t)) / (np.sqrt(v1 / (1.0 - beta2**t)) + eps)
    np.subtract(p, lr * update, out=p)
    return p, m1, v1
