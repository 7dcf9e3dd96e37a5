# OneHotEncoder with its default handle_unknown="error": a state the fit never saw raises.
# loses: test_build_churn_pipeline_raw_data
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def build_churn_pipeline():
    encode = ColumnTransformer(
        [
            (
                "text",
                OneHotEncoder(),
                ["state", "area_code", "international_plan", "voice_mail_plan"],
            )
        ],
        remainder=StandardScaler(),
    )
    return Pipeline([("encode", encode), ("model", LogisticRegression(max_iter=1000))])
