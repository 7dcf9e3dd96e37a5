from sklearn.compose import ColumnTransformer
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler


def build_pipeline():
    money = ["funded_amnt", "annual_inc", "total_bal_il", "total_il_high_credit_limit", "delinq_amnt"]
    preprocess = ColumnTransformer(
        [("money", make_pipeline(FunctionTransformer(np.log1p), StandardScaler()), money),
         ("categories", OneHotEncoder(handle_unknown="ignore"), ["term", "sub_grade", "addr_state", "verification_status", "emp_length"])],
        remainder=StandardScaler(),
    )
    # "select" is off for now; a search can set it to SelectKBest(f_classif, k=...) later
    return Pipeline([("preprocess", preprocess), ("select", "passthrough"), ("model", LogisticRegression(C=0.1, max_iter=1000))])
