# In-place ReLU and dropout as children (nothing else holds the hidden activations), and
# the layers given the Kaiming initialisation for ReLU.
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.act = nn.ReLU(inplace=True)
        self.drop = nn.Dropout(p=dropout, inplace=True)
        self.fc2 = nn.Linear(hidden_features, out_features)
        for layer in (self.fc1, self.fc2):
            nn.init.kaiming_uniform_(layer.weight, nonlinearity="relu")
            nn.init.zeros_(layer.bias)

    def forward(self, x):
        return self.fc2(self.drop(self.act(self.fc1(x))))
