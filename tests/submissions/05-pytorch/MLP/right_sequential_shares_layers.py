# The named layers, run through an nn.Sequential that holds the same modules.
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.drop = nn.Dropout(p=dropout)
        self.fc2 = nn.Linear(hidden_features, out_features)
        self.net = nn.Sequential(self.fc1, nn.ReLU(), self.drop, self.fc2)

    def forward(self, x):
        return self.net(x)
