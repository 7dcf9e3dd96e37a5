# Tries to slip past the check with PyTorch's private math kernel of the fused attention.
# loses: test_CausalSelfAttention_by_hand
class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.n_heads = n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)

    def forward(self, x):
        B, T, D = x.shape
        q, k, v = (t.view(B, T, self.n_heads, D // self.n_heads).transpose(1, 2)
                   for t in self.qkv(x).split(D, dim=-1))
        out, _ = torch._scaled_dot_product_attention_math(q, k, v, is_causal=True)
        return self.proj(out.transpose(1, 2).reshape(B, T, D))
