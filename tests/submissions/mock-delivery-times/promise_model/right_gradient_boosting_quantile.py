# scikit-learn's GradientBoostingRegressor with the quantile loss at alpha=0.9, one-hot days.
from sklearn.compose import make_column_transformer
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

promise_model = make_pipeline(
    make_column_transformer((OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["day"]), remainder="passthrough"),
    GradientBoostingRegressor(loss="quantile", alpha=0.9, random_state=0),
).fit(X, y)
