# Fitted on 1 - y ("good" as the positive class): column 1 of predict_proba is then the
# probability of repaying, so the riskiest loans rank last.
# loses: test_final_model
# says: ranks defaults below chance
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

final_model = Pipeline([
    ("preprocess", ColumnTransformer([("categories", OneHotEncoder(handle_unknown="ignore"),
                                       ["term", "sub_grade", "addr_state", "verification_status", "emp_length"])],
                                     remainder=StandardScaler())),
    ("model", LogisticRegression(C=0.01, max_iter=1000)),
]).fit(X, 1 - y)
