# nn.Dropout(1 - dropout), the keep probability of older APIs: right only at 0.5.
# loses: test_MLP_dropout
# says: hidden, training mode, dropout 0.2
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.drop = nn.Dropout(1 - dropout)
        self.fc2 = nn.Linear(hidden_features, out_features)

    def forward(self, x):
        return self.fc2(self.drop(torch.relu(self.fc1(x))))
