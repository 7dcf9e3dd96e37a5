# A ReLU after fc2 too: logits cannot be negative.
# loses: test_MLP
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden_features, out_features)

    def forward(self, x):
        return torch.relu(self.fc2(self.drop(torch.relu(self.fc1(x)))))
