from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def build_pipeline():
    categorical = ["term", "sub_grade", "addr_state", "verification_status", "emp_length"]
    numeric = [c for c in X.columns if c not in categorical]  # column names only, no statistics
    preprocess = ColumnTransformer([
        ("num", StandardScaler(), numeric),
        ("cat", OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=10), categorical),
    ])
    tuned = GridSearchCV(LogisticRegression(max_iter=1000), {"C": [0.01, 0.1, 1.0]}, scoring="average_precision",
                         cv=StratifiedKFold(3, shuffle=True, random_state=0))
    return Pipeline([("preprocess", preprocess), ("model", tuned)])
