# ReLU applied to .data in place: the outputs are right, but autograd never sees the ReLU,
# so fc1 gets gradients from units the ReLU switched off.
# loses: test_MLP_parameters
# says: gradient
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden_features, out_features)

    def forward(self, x):
        hidden = self.fc1(x)
        hidden.data.clamp_(min=0)
        return self.fc2(self.drop(hidden))
