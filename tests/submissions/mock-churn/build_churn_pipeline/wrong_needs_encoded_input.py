# Scaler and logistic regression only: it expects the frame already one-hot encoded
# (pd.get_dummies outside the pipeline), so the raw frame with its text columns fails.
# loses: test_build_churn_pipeline, test_build_churn_pipeline_raw_data
# breaks: test_final_model
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def build_churn_pipeline():
    return Pipeline([("scale", StandardScaler()), ("model", LogisticRegression(max_iter=1000))])
