# One reshape to (B, T, 3, H, d) and a permute; the mask filled in place on the scores;
# softmax in the scores' own dtype; nn.ModuleDict is not needed, a ValueError for a bad split.
class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        if d_model % n_heads != 0:
            raise ValueError("d_model must be divisible by n_heads")
        self.n_heads = n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)
        nn.init.xavier_uniform_(self.qkv.weight)
        nn.init.zeros_(self.qkv.bias)

    def forward(self, x):
        B, T, D = x.shape
        H = self.n_heads
        q, k, v = self.qkv(x).reshape(B, T, 3, H, D // H).permute(2, 0, 3, 1, 4).unbind(0)
        scores = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(D // H))
        scores.masked_fill_(torch.triu(torch.ones(T, T, dtype=torch.bool, device=x.device), diagonal=1), -math.inf)
        out = torch.matmul(scores.softmax(-1), v)
        return self.proj(out.transpose(1, 2).flatten(2))
