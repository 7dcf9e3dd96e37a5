# No super().__init__(): nn.Module refuses sub-modules before its own set-up.
# loses: test_MLP, test_MLP_dropout, test_MLP_parameters
# says: cannot assign module before Module.__init__() call
class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden_features, out_features)

    def forward(self, x):
        return self.fc2(self.drop(torch.relu(self.fc1(x))))
