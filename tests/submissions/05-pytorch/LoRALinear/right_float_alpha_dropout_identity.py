# int arguments turned into a float scale, an nn.Identity "dropout" child (allowed), A drawn with
# torch.rand (any non-zero random start), the update as (x @ A.T) @ B.T in matmul form.
class LoRALinear(nn.Module):
    def __init__(self, base: nn.Linear, rank: int, alpha: float):
        super().__init__()
        self.base = base
        self.base.weight.requires_grad_(False)
        if self.base.bias is not None:
            self.base.bias.requires_grad_(False)
        self.scale = float(alpha) / float(rank)
        self.lora_dropout = nn.Identity()
        self.lora_A = nn.Parameter(torch.rand(rank, base.in_features) - 0.5)
        self.lora_B = nn.Parameter(base.weight.new_zeros(base.out_features, rank))

    def forward(self, x):
        h = torch.matmul(self.lora_dropout(x), self.lora_A.t())
        return self.base(x) + self.scale * torch.matmul(h, self.lora_B.t())

    def merged(self):
        out_f, in_f = self.base.weight.shape
        layer = nn.Linear(in_f, out_f, bias=self.base.bias is not None,
                          dtype=self.base.weight.dtype, device=self.base.weight.device)
        with torch.no_grad():
            layer.weight.copy_(torch.addmm(self.base.weight, self.lora_B, self.lora_A, alpha=self.scale))
            if layer.bias is not None:
                layer.bias.copy_(self.base.bias)
        return layer
