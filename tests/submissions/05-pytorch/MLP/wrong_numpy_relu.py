# The ReLU in NumPy: the values are right, but the graph is cut, so fc1 never trains.
# loses: test_MLP_parameters
# says: no gradient reached
import numpy as np


class MLP(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, dropout=0.0):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden_features, out_features)

    def forward(self, x):
        hidden = torch.from_numpy(np.maximum(self.fc1(x).detach().numpy(), 0))
        return self.fc2(self.drop(hidden))
