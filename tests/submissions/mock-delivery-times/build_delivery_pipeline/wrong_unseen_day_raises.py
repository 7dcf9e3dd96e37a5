# A one-hot encoder with scikit-learn's default handle_unknown="error": fitted on weekdays only,
# it raises on a Saturday.
# loses: test_build_delivery_pipeline_raw_data
# says: a day the fit never saw
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder


def build_delivery_pipeline():
    encode = ColumnTransformer([("day", OneHotEncoder(sparse_output=False), ["day"])], remainder="passthrough")
    return Pipeline([("encode", encode), ("model", HistGradientBoostingRegressor(random_state=0))])
