# The encoder is fitted once on all of the notebook's X, then put in every pipeline.
# loses: test_build_churn_pipeline_leak_free
# says: already fitted
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

ENCODER = ColumnTransformer(
    [
        (
            "text",
            OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
            ["state", "area_code", "international_plan", "voice_mail_plan"],
        )
    ],
    remainder="passthrough",
).fit(X)


def build_churn_pipeline():
    return Pipeline(
        [
            ("encode", ENCODER),
            ("model", GradientBoostingClassifier(n_estimators=40, max_depth=3, random_state=0)),
        ]
    )
