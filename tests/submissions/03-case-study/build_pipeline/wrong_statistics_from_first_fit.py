# A hand-written scaler step that learns its means and spreads on the first fit only and keeps
# them: a pipeline refitted on the next fold still scales with the first fold's statistics.
# loses: test_build_pipeline_leak_free
# says: refitting must forget earlier fits
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder


class CachedScaler(TransformerMixin, BaseEstimator):
    def fit(self, X, y=None):
        if not hasattr(self, "mean_"):
            values = np.asarray(X, dtype=float)
            self.mean_, self.scale_ = values.mean(axis=0), values.std(axis=0) + 1e-12
        return self

    def transform(self, X):
        return (np.asarray(X, dtype=float) - self.mean_) / self.scale_


def build_pipeline():
    encode = ColumnTransformer(
        [("categories", OneHotEncoder(handle_unknown="ignore", sparse_output=False),
          ["term", "sub_grade", "addr_state", "verification_status", "emp_length"])],
        remainder="passthrough",
    )
    return Pipeline([("encode", encode), ("scale", CachedScaler()), ("model", LogisticRegression(C=0.1, max_iter=1000))])
