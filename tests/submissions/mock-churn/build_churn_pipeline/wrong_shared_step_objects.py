# The steps are made once, outside the function: every pipeline shares them, so fitting one
# refits the others.
# loses: test_build_churn_pipeline_leak_free
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

SHARED_ENCODER = ColumnTransformer(
    [
        (
            "text",
            OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
            ["state", "area_code", "international_plan", "voice_mail_plan"],
        )
    ],
    remainder="passthrough",
)
SHARED_MODEL = GradientBoostingClassifier(n_estimators=40, max_depth=3, random_state=0)


def build_churn_pipeline():
    return Pipeline([("encode", SHARED_ENCODER), ("model", SHARED_MODEL)])
