# Collects the heads in a buffer made with torch.zeros (float32 whatever the input's dtype):
# a float64 module and input break.
# loses: test_CausalSelfAttention, test_CausalSelfAttention_causal, test_CausalSelfAttention_by_hand
# says: must have the same dtype
class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.n_heads = n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)

    def forward(self, x):
        B, T, D = x.shape
        hd = D // self.n_heads
        q, k, v = self.qkv(x).split(D, dim=-1)
        q, k, v = (t.view(B, T, self.n_heads, hd).transpose(1, 2) for t in (q, k, v))
        scores = q @ k.transpose(-2, -1) / math.sqrt(hd)
        future = torch.ones(T, T, dtype=torch.bool).triu(1)
        weights = scores.masked_fill(future, float("-inf")).softmax(dim=-1)
        out = torch.zeros(B, T, D)
        for h in range(self.n_heads):
            out[:, :, h * hd:(h + 1) * hd] = weights[:, h] @ v[:, h]
        return self.proj(out)
