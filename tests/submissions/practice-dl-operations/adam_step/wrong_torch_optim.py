# torch.optim.Adam / AdamW themselves on tensors built from the state: right numbers, but the
# question asks for NumPy.
# loses: test_adam_step
# says: calls torch
def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
              weight_decay=0.0, decoupled=False):
    import torch

    p = torch.nn.Parameter(torch.tensor(np.array(param, dtype=float)))
    cls = torch.optim.AdamW if decoupled else torch.optim.Adam
    opt = cls([p], lr=lr, betas=(beta1, beta2), eps=eps, weight_decay=weight_decay)
    opt.state[p] = {"step": torch.tensor(float(t - 1)),
                    "exp_avg": torch.tensor(np.array(m, dtype=float)),
                    "exp_avg_sq": torch.tensor(np.array(v, dtype=float))}
    p.grad = torch.tensor(np.array(grad, dtype=float))
    opt.step()
    state = opt.state[p]
    return p.detach().numpy().copy(), state["exp_avg"].numpy().copy(), state["exp_avg_sq"].numpy().copy()
