# Returns a pipeline already fitted on the notebook's X and y, not a new, unfitted one.
# loses: test_build_delivery_pipeline_leak_free
# says: already fitted
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder


def build_delivery_pipeline():
    encode = ColumnTransformer([("day", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), ["day"])], remainder="passthrough")
    return Pipeline([("encode", encode), ("model", HistGradientBoostingRegressor(random_state=0))]).fit(X, y)
