# The pipeline is built but never fitted.
# loses: test_final_model
# says: NotFittedError
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

final_model = Pipeline([
    ("preprocess", ColumnTransformer([("categories", OneHotEncoder(handle_unknown="ignore"), ["term", "sub_grade", "addr_state", "verification_status", "emp_length"])],
                                     remainder=StandardScaler())),
    ("model", LogisticRegression(C=0.01, max_iter=1000)),
])
