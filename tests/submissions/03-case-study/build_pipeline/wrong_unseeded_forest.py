# A random forest without random_state: two fits on the same fold give different models, so
# results cannot be reproduced (and refitting seems to remember other folds).
# loses: test_build_pipeline_leak_free
# says: random_state
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder


def build_pipeline():
    preprocess = ColumnTransformer(
        [("categories", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
          ["term", "sub_grade", "addr_state", "verification_status", "emp_length"])],
        remainder="passthrough",
    )
    return Pipeline([("preprocess", preprocess), ("model", RandomForestClassifier(n_estimators=50, min_samples_leaf=20))])
