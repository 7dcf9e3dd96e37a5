# A hand-written transformer class that learns its statistics in fit (log of money columns, then
# standardisation), with pandas get_dummies-free one-hot via OneHotEncoder. Follows the
# scikit-learn API: hyperparameters in __init__, fitted attributes end in "_", fit returns self.
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder


class LogStandardiser(TransformerMixin, BaseEstimator):
    def __init__(self, log=True):
        self.log = log

    def _values(self, X):
        values = np.asarray(X, dtype=float)
        return np.log1p(np.clip(values, 0, None)) if self.log else values

    def fit(self, X, y=None):
        values = self._values(X)
        self.mean_ = values.mean(axis=0)
        self.scale_ = np.where(values.std(axis=0) > 0, values.std(axis=0), 1.0)
        return self

    def transform(self, X):
        return (self._values(X) - self.mean_) / self.scale_


def build_pipeline():
    money = ["funded_amnt", "annual_inc", "total_bal_il", "total_il_high_credit_limit", "delinq_amnt"]
    other = ["int_rate", "delinq_2yrs", "inq_last_6mths", "revol_util", "acc_now_delinq", "open_il_6m",
             "open_il_12m", "open_il_24m", "all_util", "inq_fi", "inq_last_12m", "num_il_tl"]
    preprocess = ColumnTransformer([
        ("money", LogStandardiser(log=True), money),
        ("other", LogStandardiser(log=False), other),
        ("categories", OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=10),
         ["term", "sub_grade", "addr_state", "verification_status", "emp_length"]),
    ])
    return Pipeline([("preprocess", preprocess), ("model", LogisticRegression(C=0.02, max_iter=1000))])
