# A seeded random forest on ordinal codes, the charge columns kept (harmless for trees).
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
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
    return Pipeline(
        [
            ("encode", encode),
            ("model", RandomForestClassifier(n_estimators=60, min_samples_leaf=3, random_state=7)),
        ]
    )
