# The classic leak: a StandardScaler fitted once on all the training data, before any split, and
# its transform wrapped in the pipeline. Every cross-validation fold is then scaled with
# statistics that include its own validation rows.
# loses: test_build_pipeline_leak_free
# says: fitted outside the pipeline
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

numeric_columns = list(X.select_dtypes("number").columns)
scaler = StandardScaler().fit(X[numeric_columns])


def build_pipeline():
    preprocess = ColumnTransformer(
        [
            ("numbers", FunctionTransformer(scaler.transform), numeric_columns),
            ("categories", OneHotEncoder(handle_unknown="ignore"), ["term", "sub_grade", "addr_state", "verification_status", "emp_length"]),
        ]
    )
    return Pipeline([("preprocess", preprocess), ("model", LogisticRegression(C=0.1, max_iter=1000))])
