# Early stopping on a random validation split without a random_state: every fit holds out other
# orders, so two fits on the same data give different models.
# loses: test_build_delivery_pipeline_deterministic, test_build_delivery_pipeline_leak_free
# says: a random step needs a fixed random_state
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder


def build_delivery_pipeline():
    encode = ColumnTransformer([("day", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), ["day"])], remainder="passthrough")
    return Pipeline([("encode", encode), ("model", HistGradientBoostingRegressor(early_stopping=True, validation_fraction=0.2))])
