# OneHotEncoder with its default handle_unknown="error": a state or grade the fit never saw
# stops predict_proba with a ValueError.
# loses: test_build_pipeline_raw_data
# breaks: test_final_model
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def build_pipeline():
    preprocess = ColumnTransformer(
        [("categories", OneHotEncoder(), ["term", "sub_grade", "addr_state", "verification_status", "emp_length"])],
        remainder=StandardScaler(),
    )
    return Pipeline([("preprocess", preprocess), ("model", LogisticRegression(C=0.1, max_iter=1000))])
