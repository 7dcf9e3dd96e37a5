# The forward uses the merged weight W + s B A with F.linear (gradients still reach A and B, not
# W); einsum; the scale as a buffer; merged() builds nn.Parameter copies, outside no_grad too.
class LoRALinear(nn.Module):
    def __init__(self, base, rank, alpha):
        super().__init__()
        for p in base.parameters():
            p.requires_grad = False
        self.base = base
        self.register_buffer("scaling", torch.tensor(alpha / rank))
        self.lora_A = nn.Parameter(0.01 * torch.randn(rank, base.in_features))
        self.lora_B = nn.Parameter(torch.zeros(base.out_features, rank))

    def delta(self):
        return self.scaling * torch.einsum("or,ri->oi", self.lora_B, self.lora_A)

    def forward(self, x):
        return F.linear(x, self.base.weight + self.delta(), self.base.bias)

    def merged(self):
        has_bias = self.base.bias is not None
        layer = nn.Linear(self.base.in_features, self.base.out_features, bias=has_bias)
        layer.weight = nn.Parameter((self.base.weight + self.delta()).detach().clone())
        if has_bias:
            layer.bias = nn.Parameter(self.base.bias.detach().clone())
        return layer
