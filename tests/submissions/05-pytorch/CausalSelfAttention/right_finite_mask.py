# The mask value is the dtype's most negative number instead of -inf: exp of it is 0 in float64
# as in float32, so the weights are those of the -inf mask.
class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.n_heads = n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)

    def forward(self, x):
        B, T, D = x.shape
        hd = D // self.n_heads
        q, k, v = (t.view(B, T, self.n_heads, hd).transpose(1, 2) for t in self.qkv(x).split(D, dim=-1))
        scores = q @ k.transpose(-2, -1) / hd**0.5
        future = torch.arange(T)[None, :] > torch.arange(T)[:, None]
        scores = scores.masked_fill(future, torch.finfo(scores.dtype).min)
        return self.proj((scores.softmax(-1) @ v).transpose(1, 2).reshape(B, T, D))
