# peft's initialisation (kaiming_uniform_ on A), the base frozen with requires_grad_(False) on the
# module, forward through F.linear twice; merged() a deepcopy of the base whose weight gets the
# update (its parameters are new, frozen like the base's: the contract does not say).
class LoRALinear(nn.Module):
    def __init__(self, base, rank, alpha):
        super().__init__()
        self.base = base.requires_grad_(False)
        self.rank, self.alpha = rank, alpha
        self.lora_A = nn.Parameter(torch.empty(rank, base.in_features))
        self.lora_B = nn.Parameter(torch.zeros(base.out_features, rank))
        nn.init.kaiming_uniform_(self.lora_A, a=math.sqrt(5))

    def forward(self, x):
        update = F.linear(F.linear(x, self.lora_A), self.lora_B)
        return self.base(x) + update * (self.alpha / self.rank)

    def merged(self):
        layer = copy.deepcopy(self.base)
        layer.weight.data += (self.alpha / self.rank) * (self.lora_B @ self.lora_A).detach()
        return layer
