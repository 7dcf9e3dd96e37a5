# A "feature" looked up from the notebook's y by row index: the labels leak into the model.
# loses: test_build_churn_pipeline_leak_free
# breaks: test_final_model
# says: reads the notebook's X or y
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OrdinalEncoder


def add_history(frame):
    return frame.assign(history=y.reindex(frame.index).fillna(0).to_numpy())


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
    return Pipeline(
        [
            ("history", FunctionTransformer(add_history)),
            ("encode", encode),
            ("model", GradientBoostingClassifier(n_estimators=40, max_depth=3, random_state=0)),
        ]
    )
