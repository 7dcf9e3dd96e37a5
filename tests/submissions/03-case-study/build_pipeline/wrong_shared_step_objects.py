# Builds the transformers once at module level and puts the same objects into every pipeline:
# fitting a second pipeline refits the first one's preprocessing under its feet.
# loses: test_build_pipeline_leak_free
# says: shared with a pipeline fitted earlier
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler
from sklearn.pipeline import make_pipeline

MONEY = ["funded_amnt", "annual_inc", "total_bal_il", "total_il_high_credit_limit", "delinq_amnt"]
PREPROCESS = ColumnTransformer(
    [
        ("money", make_pipeline(FunctionTransformer(np.log1p), StandardScaler()), MONEY),
        ("categories", OneHotEncoder(handle_unknown="ignore"), ["term", "sub_grade", "addr_state", "verification_status", "emp_length"]),
    ],
    remainder=StandardScaler(),
)


def build_pipeline():
    return Pipeline([("preprocess", PREPROCESS), ("model", LogisticRegression(C=0.1, max_iter=1000))])
