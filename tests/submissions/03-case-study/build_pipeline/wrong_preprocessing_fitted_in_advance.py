# Fits the preprocessing on all the training data once, at definition time, and returns that
# fitted object inside every new pipeline: fitted before any split, and shared between pipelines.
# loses: test_build_pipeline_leak_free
# says: already fitted
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

categories = ["term", "sub_grade", "addr_state", "verification_status", "emp_length"]
preprocess = ColumnTransformer(
    [("categories", OneHotEncoder(handle_unknown="ignore"), categories)], remainder=StandardScaler()
).fit(X)


def build_pipeline():
    return Pipeline([("preprocess", preprocess), ("model", LogisticRegression(C=0.1, max_iter=1000))])
