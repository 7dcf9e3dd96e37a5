# A sigmoid instead of the ReLU on the hidden layer.
# loses: test_MLP, test_MLP_dropout
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden_features, out_features)

    def forward(self, x):
        return self.fc2(self.drop(torch.sigmoid(self.fc1(x))))
