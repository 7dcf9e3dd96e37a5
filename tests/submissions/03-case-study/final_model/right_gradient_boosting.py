# Gradient boosting with native categorical support, fitted on all the training data.
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

categories = ["term", "sub_grade", "addr_state", "verification_status", "emp_length"]
final_model = Pipeline([
    ("preprocess", ColumnTransformer([("categories", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), categories)],
                                     remainder="passthrough")),
    ("model", HistGradientBoostingClassifier(max_iter=60, learning_rate=0.05, max_leaf_nodes=8, random_state=0)),
]).fit(X, y)
