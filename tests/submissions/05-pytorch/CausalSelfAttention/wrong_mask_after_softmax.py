# Zeroes the future weights after the softmax, without renormalising: rows no longer sum to 1.
# Causal (no leak), but not attention.
# loses: test_CausalSelfAttention
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
        weights = scores.softmax(dim=-1).masked_fill(future, 0.0)
        out = (weights @ v).transpose(1, 2).reshape(B, T, D)
        return self.proj(out)
