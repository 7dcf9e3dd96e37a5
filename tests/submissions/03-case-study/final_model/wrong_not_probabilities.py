# predict_proba returns raw decision scores (outside [0, 1], rows not summing to 1).
# loses: test_final_model
# says: outside [0, 1]
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

from sklearn.svm import LinearSVC

_svm = Pipeline([("preprocess", _preprocess()), ("model", LinearSVC(C=0.01))]).fit(X, y)


class SVMScores:
    def predict_proba(self, frame):
        d = _svm.decision_function(frame)
        return np.column_stack([-d, d])


final_model = SVMScores()
