# The exact GELU, 0.5 z (1 + erf(z / sqrt 2)): within about 1e-3 of the tanh form, not within tolerance.
# loses: test_transformer_block, test_transformer_block_details
# says: exact (erf) GELU
def layer_norm(x, g, b, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * g + b


def gelu(z):
    from scipy.special import erf
    return 0.5 * z * (1.0 + erf(z / np.sqrt(2.0)))


def transformer_block(x, params, n_heads):
    p = params
    a = x + causal_self_attention(layer_norm(x, p["ln1_g"], p["ln1_b"]), p["w_qkv"], p["w_o"], n_heads)
    hidden = gelu(layer_norm(a, p["ln2_g"], p["ln2_b"]) @ p["w_fc"] + p["b_fc"])
    return a + hidden @ p["w_proj"] + p["b_proj"]
