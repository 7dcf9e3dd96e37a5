# sub_grade as an ordered number (A1 = 0 ... G5 = 34; unseen grades become NaN and are imputed),
# a few columns only, one-hot for term; a shared module-level helper function (stateless) is fine.
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

GRADES = {f"{letter}{number}": 5 * i + number - 1 for i, letter in enumerate("ABCDEFG") for number in range(1, 6)}


def grade_number(frame):
    return frame.apply(lambda column: column.map(GRADES)).astype(float)


LOG = FunctionTransformer(np.log1p)  # stateless: sharing it between pipelines is harmless


def build_pipeline():
    preprocess = ColumnTransformer([
        ("grade", make_pipeline(FunctionTransformer(grade_number), SimpleImputer(strategy="median"), StandardScaler()), ["sub_grade"]),
        ("money", make_pipeline(LOG, StandardScaler()), ["annual_inc", "funded_amnt"]),
        ("rates", StandardScaler(), ["int_rate", "revol_util", "inq_last_6mths", "all_util"]),
        ("term", OneHotEncoder(handle_unknown="ignore"), ["term"]),
    ])
    return Pipeline([("preprocess", preprocess), ("model", LogisticRegression(max_iter=1000))])
