# Preprocessed outside, then the model fitted on the resulting array: final_model cannot take the
# raw frame, so it cannot score new applications.
# loses: test_final_model
# says: raw frame
from sklearn.linear_model import LogisticRegression

encoded = pd.get_dummies(X, dtype=float)
final_model = LogisticRegression(C=0.01, max_iter=2000).fit((encoded - encoded.mean()) / (encoded.std() + 1e-9), y)
