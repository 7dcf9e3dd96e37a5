# Drops the day and models the numeric columns only: it cannot see the hour-by-day pattern, and
# misses the MAE bar (about 2.68 minutes on the test split, needed 1.88).
# loses: test_build_delivery_pipeline_mae
# says: 1.5 below the plain linear regression
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder


def build_delivery_pipeline():
    numeric = ColumnTransformer([("day", "drop", ["day"])], remainder="passthrough")
    return Pipeline([("numeric", numeric), ("model", HistGradientBoostingRegressor(random_state=0))])
