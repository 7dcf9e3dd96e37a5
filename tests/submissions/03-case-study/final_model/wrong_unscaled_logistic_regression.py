# Logistic regression with its defaults on the raw numeric columns (no scaling, so lbfgs stops
# early), wrapped to select those columns: exactly the plain baseline it must beat.
# loses: test_final_model
# says: compare your model's cross-validated AP
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    final_model = Pipeline([
        ("numbers", ColumnTransformer([("numbers", "passthrough", list(X.select_dtypes("number").columns))])),
        ("model", LogisticRegression()),
    ]).fit(X, y)
