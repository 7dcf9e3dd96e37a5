# Helpers with other names and forms: the variance as E[x²] - E[x]², GELU through
# z * sigmoid(2 sqrt(2/pi) (z + 0.044715 z³)) (the same function), einsum for the MLP.
def norm(x, gain, bias, eps=1e-5):
    mu = np.mean(x, axis=-1, keepdims=True)
    var = np.mean(x * x, axis=-1, keepdims=True) - mu * mu
    return gain * (x - mu) * (var + eps) ** -0.5 + bias


def gelu_tanh(z):
    return z / (1 + np.exp(-2 * np.sqrt(2 / np.pi) * (z + 0.044715 * z**3)))


def transformer_block(x, params, n_heads):
    g = params.get
    h = x + causal_self_attention(norm(x, g("ln1_g"), g("ln1_b")), g("w_qkv"), g("w_o"), n_heads)
    hidden = gelu_tanh(np.einsum("bld,df->blf", norm(h, g("ln2_g"), g("ln2_b")), g("w_fc")) + g("b_fc"))
    return h + np.einsum("blf,fd->bld", hidden, g("w_proj")) + g("b_proj")
