# A linear SVM as the last step: it has no predict_proba.
# loses: test_build_churn_pipeline
# breaks: test_final_model
# says: predict_proba
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.svm import LinearSVC


def build_churn_pipeline():
    encode = ColumnTransformer(
        [
            (
                "text",
                OneHotEncoder(handle_unknown="ignore"),
                ["state", "area_code", "international_plan", "voice_mail_plan"],
            )
        ],
        remainder=StandardScaler(),
    )
    return Pipeline([("encode", encode), ("model", LinearSVC())])
