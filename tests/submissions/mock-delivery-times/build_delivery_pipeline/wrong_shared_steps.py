# The steps are made once, at module level, and every call returns a pipeline of the same
# objects: fitting one pipeline refits the other.
# loses: test_build_delivery_pipeline_leak_free
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder

ENCODE = ColumnTransformer([("day", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), ["day"])], remainder="passthrough")
MODEL = HistGradientBoostingRegressor(random_state=0)


def build_delivery_pipeline():
    return Pipeline([("encode", ENCODE), ("model", MODEL)])
