# A logistic regression on the scaled numeric columns only: the text columns (the
# international plan) are dropped, and the linear model misses the jump at four service calls.
# loses: test_build_churn_pipeline_cv
# breaks: test_final_model
# says: 0.10 above
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def build_churn_pipeline():
    numeric = [
        c
        for c in X.columns
        if c not in ("state", "area_code", "international_plan", "voice_mail_plan")
    ]
    scale = ColumnTransformer([("numeric", StandardScaler(), numeric)], remainder="drop")
    return Pipeline([("scale", scale), ("model", LogisticRegression(max_iter=1000))])
