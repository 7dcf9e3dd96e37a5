# Forgets b_fc before the GELU.
# loses: test_transformer_block, test_transformer_block_details
# says: b_fc is added before the GELU
def layer_norm(x, g, b, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * g + b


def gelu(z):
    return 0.5 * z * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (z + 0.044715 * z**3)))


def transformer_block(x, params, n_heads):
    p = params
    a = x + causal_self_attention(layer_norm(x, p["ln1_g"], p["ln1_b"]), p["w_qkv"], p["w_o"], n_heads)
    hidden = gelu(layer_norm(a, p["ln2_g"], p["ln2_b"]) @ p["w_fc"])
    return a + hidden @ p["w_proj"] + p["b_proj"]
