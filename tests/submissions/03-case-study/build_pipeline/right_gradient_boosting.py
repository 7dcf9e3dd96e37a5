# Gradient boosting on ordinal-coded categories (unseen levels coded -1), numbers as they are:
# trees need no scaling and no log. Seeded, so every fit on the same data is the same model.
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder


def build_pipeline():
    categories = ["term", "sub_grade", "addr_state", "verification_status", "emp_length"]
    preprocess = ColumnTransformer(
        [("categories", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), categories)],
        remainder="passthrough",
    )
    model = HistGradientBoostingClassifier(max_iter=60, learning_rate=0.05, max_leaf_nodes=8, random_state=0)
    return Pipeline([("preprocess", preprocess), ("model", model)])
