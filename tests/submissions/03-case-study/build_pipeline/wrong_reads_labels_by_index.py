# "Target encoding" done by looking up each row's own label in the notebook's y by its index:
# the model is handed the answer on every row it has labels for, inside or outside its fit.
# loses: test_build_pipeline_leak_free
# says: their labels reach it from outside its fit
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

known_labels = y.copy()


def with_known_label(frame):
    return frame.assign(label=known_labels.reindex(frame.index).fillna(known_labels.mean()).to_numpy())


def build_pipeline():
    preprocess = ColumnTransformer(
        [("categories", OneHotEncoder(handle_unknown="ignore"), ["term", "sub_grade", "addr_state", "verification_status", "emp_length"])],
        remainder=StandardScaler(),
    )
    return Pipeline([
        ("leak", FunctionTransformer(with_known_label)),
        ("preprocess", preprocess),
        ("model", LogisticRegression(C=1.0, max_iter=1000)),
    ])
