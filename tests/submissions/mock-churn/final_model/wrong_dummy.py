# The baseline as the final model: the churn rate for every customer.
# loses: test_final_model
# says: expected at least 0.421
from sklearn.dummy import DummyClassifier

final_model = DummyClassifier(strategy="prior").fit(X, y)
