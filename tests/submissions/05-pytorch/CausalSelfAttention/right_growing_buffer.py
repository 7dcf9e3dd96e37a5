# A GPT-style boolean tril buffer (non-persistent) that grows when a longer sequence comes,
# an additive -inf mask, and a loop over the heads (the notebook does not forbid it).
class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        assert d_model % n_heads == 0
        self.n_heads, self.d_head = n_heads, d_model // n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)
        self.register_buffer("causal", torch.tril(torch.ones(4, 4, dtype=torch.bool)), persistent=False)

    def forward(self, x):
        B, T, D = x.shape
        if T > self.causal.shape[0]:
            self.causal = torch.tril(torch.ones(T, T, dtype=torch.bool, device=x.device))
        q, k, v = torch.split(self.qkv(x), D, dim=2)
        heads = []
        for h in range(self.n_heads):
            cols = slice(h * self.d_head, (h + 1) * self.d_head)
            qh, kh, vh = q[..., cols], k[..., cols], v[..., cols]  # (B, T, d_head)
            scores = torch.bmm(qh, kh.transpose(1, 2)) / math.sqrt(self.d_head)
            penalty = torch.zeros(T, T, dtype=x.dtype).masked_fill(~self.causal[:T, :T], float("-inf"))
            heads.append(torch.softmax(scores + penalty, dim=-1) @ vh)
        return self.proj(torch.cat(heads, dim=-1))
