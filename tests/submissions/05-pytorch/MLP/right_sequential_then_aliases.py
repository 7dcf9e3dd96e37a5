# An nn.Sequential built first; fc1, drop and fc2 are names for its layers (so the
# parameters are registered under net.0 and net.3 too).
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_features, hidden_features),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(hidden_features, out_features),
        )
        self.fc1, self.drop, self.fc2 = self.net[0], self.net[2], self.net[3]

    def forward(self, x):
        return self.net(x)
