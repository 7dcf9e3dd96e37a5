# The simplest model that works: a logistic regression on the standardised interest rate alone.
# Lending Club priced the risk into the rate, so this clears the bar on its own.
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

final_model = Pipeline([
    ("rate", ColumnTransformer([("rate", StandardScaler(), ["int_rate"])])),
    ("model", LogisticRegression()),
]).fit(X, y)
