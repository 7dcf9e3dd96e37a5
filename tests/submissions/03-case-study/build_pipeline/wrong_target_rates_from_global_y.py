# A target encoding computed from all the notebook's labels, outside the folds: the leak the
# lesson's follow-up warns about. Every validation row's own label is in its state's rate.
# loses: test_build_pipeline_leak_free
# says: reads the notebook's X or y
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

MONEY = ["funded_amnt", "annual_inc", "total_bal_il", "total_il_high_credit_limit", "delinq_amnt"]
CATEGORIES = ["term", "sub_grade", "addr_state", "verification_status", "emp_length"]


def build_pipeline():
    rates = {c: y.groupby(X[c]).mean() for c in ["sub_grade", "addr_state"]}

    def target_rates(frame):
        return np.column_stack([frame[c].map(rates[c]).astype(float).fillna(y.mean()) for c in rates])

    preprocess = ColumnTransformer(
        [("money", make_pipeline(FunctionTransformer(np.log1p), StandardScaler()), MONEY),
         ("rates", make_pipeline(FunctionTransformer(target_rates), StandardScaler()), ["sub_grade", "addr_state"]),
         ("categories", OneHotEncoder(handle_unknown="ignore"), ["term", "verification_status", "emp_length"])],
        remainder=StandardScaler(),
    )
    return Pipeline([("preprocess", preprocess), ("model", LogisticRegression(C=0.1, max_iter=1000))])
