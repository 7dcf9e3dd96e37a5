# The mask kept as a frozen nn.Parameter (requires_grad=False) of a large block, older code's
# habit: not trained, so the module still trains qkv and proj only; q, k, v by indexing a
# (B, T, 3, H, d) view; 1 / sqrt(d) folded into k.
class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.n_heads = n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model, bias=True)
        self.proj = nn.Linear(d_model, d_model, bias=True)
        self.mask = nn.Parameter(torch.tril(torch.ones(512, 512)), requires_grad=False)

    def forward(self, x):
        B, T, D = x.shape
        H = self.n_heads
        qkv = self.qkv(x).view(B, T, 3, H, D // H)
        q, k, v = (qkv[:, :, i].transpose(1, 2) for i in range(3))
        scores = q @ (k / math.sqrt(D // H)).transpose(2, 3)
        scores = scores.masked_fill(self.mask[:T, :T] == 0, float("-inf"))
        return self.proj((F.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(B, T, D))
