# A custom transformer holding a scaler fitted on all of X outside, as a private attribute that
# get_params does not list; its fit does nothing.
# loses: test_build_pipeline_leak_free
# says: fitted outside the pipeline
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

MONEY = ["funded_amnt", "annual_inc", "total_bal_il", "total_il_high_credit_limit", "delinq_amnt"]
CATEGORIES = ["term", "sub_grade", "addr_state", "verification_status", "emp_length"]

from sklearn.base import BaseEstimator, TransformerMixin

_numeric = X.select_dtypes("number").columns.tolist()
_scaler = StandardScaler().fit(X[_numeric])


class Standardise(BaseEstimator, TransformerMixin):
    def __init__(self):
        self._scaler = _scaler

    def fit(self, frame, target=None):
        return self

    def transform(self, frame):
        return self._scaler.transform(frame)


def build_pipeline():
    preprocess = ColumnTransformer(
        [("numeric", Standardise(), _numeric), ("categories", OneHotEncoder(handle_unknown="ignore"), CATEGORIES)],
    )
    return Pipeline([("preprocess", preprocess), ("model", LogisticRegression(C=0.1, max_iter=1000))])
