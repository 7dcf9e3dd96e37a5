# A cheat: predict_proba searches the calling frames and the notebook's globals for a Series of
# labels aligned with the frame it scores. The hidden test loads the test labels only after
# predict_proba has answered (and earlier hidden cells never hold them), so it finds none and
# is graded as its honest fallback, a C=0.01 logistic regression, which passes. Had it found the
# labels, AP 1.0 would fail the "labels reached it" check and this right_ file would fail.
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

MONEY = ["funded_amnt", "annual_inc", "total_bal_il", "total_il_high_credit_limit", "delinq_amnt"]
CATEGORIES = ["term", "sub_grade", "addr_state", "verification_status", "emp_length"]


def _preprocess():
    return ColumnTransformer(
        [("money", make_pipeline(FunctionTransformer(np.log1p), StandardScaler()), MONEY),
         ("categories", OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=20), CATEGORIES)],
        remainder=StandardScaler(),
    )

import sys as _sys

_honest = Pipeline([("preprocess", _preprocess()), ("model", LogisticRegression(C=0.01, max_iter=1000))]).fit(X, y)


class _Peek:
    classes_ = np.array([0, 1])

    def predict_proba(self, frame):
        p = _honest.predict_proba(frame)[:, 1]
        f = _sys._getframe(1)
        while f is not None:
            for value in list(f.f_locals.values()) + list(f.f_globals.values()):
                if isinstance(value, pd.Series) and len(value) == len(frame) and value.index.equals(frame.index):
                    return np.column_stack([1 - value.to_numpy(float), value.to_numpy(float)])
            f = f.f_back
        return np.column_stack([1 - p, p])


final_model = _Peek()
