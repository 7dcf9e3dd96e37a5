# No non-linearity: two linear layers are one linear layer.
# loses: test_MLP, test_MLP_dropout
# says: no ReLU between fc1 and fc2
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden_features, out_features)

    def forward(self, x):
        return self.fc2(self.drop(self.fc1(x)))
