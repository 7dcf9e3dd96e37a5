# merged() adds the update into the base layer in place and returns it.
# loses: test_LoRALinear_merged
# says: expected a new nn.Linear
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
        with torch.no_grad():
            self.base.weight += self.scale * self.lora_B @ self.lora_A
        return self.base
