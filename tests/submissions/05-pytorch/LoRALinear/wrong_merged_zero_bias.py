# merged() always has a bias, zeros when the base has none: same outputs, not the layer asked.
# loses: test_LoRALinear_merged
# says: a layer without bias returned a layer with a bias
class LoRALinear(nn.Module):
    def __init__(self, base, rank, alpha):
        super().__init__()
        self.base = base
        for p in self.base.parameters():
            p.requires_grad_(False)
        self.scale = alpha / rank
        self.lora_A = nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
        self.lora_B = nn.Parameter(torch.zeros(base.out_features, rank))

    def forward(self, x):
        return self.base(x) + self.scale * (x @ self.lora_A.T @ self.lora_B.T)

    def merged(self):
        layer = nn.Linear(self.base.in_features, self.base.out_features, bias=True)
        with torch.no_grad():
            layer.weight.copy_(self.base.weight + self.scale * self.lora_B @ self.lora_A)
            layer.bias.copy_(self.base.bias if self.base.bias is not None else torch.zeros(self.base.out_features))
        return layer
