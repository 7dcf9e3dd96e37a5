# One weight at a time in plain Python floats with math.sqrt (nothing asks for vectorisation),
# reshaped back at the end.
import math


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
              weight_decay=0.0, decoupled=False):
    shape = np.shape(param)
    new_p, new_m, new_v = [], [], []
    for p, g, mi, vi in zip(*(np.ravel(a).tolist() for a in (param, grad, m, v))):
        if decoupled:
            p = p - lr * weight_decay * p
        else:
            g = g + weight_decay * p
        mi = beta1 * mi + (1 - beta1) * g
        vi = beta2 * vi + (1 - beta2) * g * g
        p = p - lr * (mi / (1 - beta1**t)) / (math.sqrt(vi / (1 - beta2**t)) + eps)
        new_p.append(p)
        new_m.append(mi)
        new_v.append(vi)
    return tuple(np.array(x, dtype=float).reshape(shape) for x in (new_p, new_m, new_v))
