# Returns a pipeline already fitted on the notebook's X and y.
# loses: test_build_churn_pipeline_leak_free
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder


def build_churn_pipeline():
    encode = ColumnTransformer(
        [
            (
                "text",
                OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
                ["state", "area_code", "international_plan", "voice_mail_plan"],
            )
        ],
        remainder="passthrough",
    )
    pipeline = Pipeline(
        [
            ("encode", encode),
            ("model", GradientBoostingClassifier(n_estimators=40, max_depth=3, random_state=0)),
        ]
    )
    return pipeline.fit(X, y)
