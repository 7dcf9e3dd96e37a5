# Standardises with the mean and std of the notebook's whole X, read at transform time (the
# q4 mistake in a FunctionTransformer): statistics from outside the pipeline's fit.
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
    numeric = X.select_dtypes("number").columns

    def standardise(frame):
        return (frame - X[numeric].mean()) / X[numeric].std()

    preprocess = ColumnTransformer(
        [("numeric", FunctionTransformer(standardise), numeric),
         ("categories", OneHotEncoder(handle_unknown="ignore"), CATEGORIES)],
    )
    return Pipeline([("preprocess", preprocess), ("model", LogisticRegression(C=0.1, max_iter=1000))])
