# One-hot days (unknown days ignored) and histogram boosting with more, slower rounds.
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder


def build_delivery_pipeline():
    encode = ColumnTransformer([("day", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["day"])], remainder="passthrough")
    return Pipeline([("encode", encode), ("model", HistGradientBoostingRegressor(learning_rate=0.1, max_iter=150, random_state=7))])
