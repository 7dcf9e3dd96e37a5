# Only the classifier: no preprocessing step, so the raw frame's text columns fail.
# loses: test_build_churn_pipeline
# breaks: test_final_model
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.pipeline import Pipeline


def build_churn_pipeline():
    return Pipeline([("model", GradientBoostingClassifier(random_state=0))])
