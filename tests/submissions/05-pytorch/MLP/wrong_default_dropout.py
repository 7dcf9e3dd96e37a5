# dropout=0.5 by default: MLP(in, hidden, out) drops half the hidden units in training.
# loses: test_MLP_parameters
# says: by default
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.5):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden_features, out_features)

    def forward(self, x):
        return self.fc2(self.drop(torch.relu(self.fc1(x))))
