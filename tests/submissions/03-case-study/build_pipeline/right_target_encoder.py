# High-cardinality columns target-encoded inside the pipeline (TargetEncoder cross-fits its
# encoding during fit), the rest one-hot; emp_unk replaced by NaN and imputed. Seeded.
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler, TargetEncoder


def unknown_as_missing(frame):
    return frame.replace("emp_unk", np.nan)


def build_pipeline():
    preprocess = ColumnTransformer(
        [
            ("high_cardinality", make_pipeline(TargetEncoder(random_state=0), StandardScaler()), ["sub_grade", "addr_state"]),
            ("emp_length", make_pipeline(FunctionTransformer(unknown_as_missing),
                                         SimpleImputer(strategy="constant", fill_value="unknown"),
                                         OneHotEncoder(handle_unknown="ignore")), ["emp_length"]),
            ("low_cardinality", OneHotEncoder(handle_unknown="ignore"), ["term", "verification_status"]),
            ("numbers", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), make_column_selector(dtype_include="number")),
        ]
    )
    return Pipeline([("preprocess", preprocess), ("model", LogisticRegression(C=0.05, max_iter=2000))])
