# fc1 frozen (requires_grad False), as if fine-tuning: only fc2 would train.
# loses: test_MLP_parameters
# says: do not require grad
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features).requires_grad_(False)
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden_features, out_features)

    def forward(self, x):
        return self.fc2(self.drop(torch.relu(self.fc1(x))))
