# A hand-written wrapper transformer whose attributes share names with the test cells' fitted
# objects (`pipeline`, `fitted`): attribute names are not globals, so nothing fitted is in reach.
from sklearn.base import BaseEstimator, TransformerMixin, clone
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


class Prepare(TransformerMixin, BaseEstimator):
    def __init__(self, pipeline=None):
        self.pipeline = pipeline

    def fit(self, X, y=None):
        self.fitted = clone(self.pipeline).fit(X, y)
        return self

    def transform(self, X):
        return self.fitted.transform(X)


def build_pipeline():
    inner = ColumnTransformer(
        [("categories", OneHotEncoder(handle_unknown="ignore"), ["term", "sub_grade", "addr_state", "verification_status", "emp_length"])],
        remainder=StandardScaler(),
    )
    return Pipeline([("prepare", Prepare(pipeline=inner)), ("model", LogisticRegression(C=0.05, max_iter=1000))])
