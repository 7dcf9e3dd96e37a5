# F.relu and F.dropout, the mode read from self.training.
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.fc2 = nn.Linear(hidden_features, out_features)
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        hidden = F.relu(self.fc1(x))
        hidden = F.dropout(hidden, p=self.drop.p, training=self.training)
        return self.fc2(hidden)
