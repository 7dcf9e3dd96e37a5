# Knows the functional API: hands qkv's and proj's weights to F.multi_head_attention_forward,
# the function inside nn.MultiheadAttention. Right values, but not written by hand.
# loses: test_CausalSelfAttention_by_hand
# says: the task asks you to write the scores, the mask and the softmax yourself
class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.d_model, self.n_heads = d_model, n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)

    def forward(self, x):
        T = x.shape[1]
        seq_first = x.transpose(0, 1)  # (T, B, D), as the functional API wants
        mask = torch.ones(T, T, dtype=torch.bool).triu(1)
        out, _ = F.multi_head_attention_forward(
            seq_first, seq_first, seq_first, self.d_model, self.n_heads,
            self.qkv.weight, self.qkv.bias, None, None, False, 0.0,
            self.proj.weight, self.proj.bias, training=self.training, need_weights=False, attn_mask=mask)
        return out.transpose(0, 1)
