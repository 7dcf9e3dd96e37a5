# Aims at the 85th percentile: about 0.86 of the test orders arrive by their promise.
# loses: test_promise_model_coverage
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def encoded(model):
    encode = ColumnTransformer([("day", OrdinalEncoder(categories=[DAYS]), ["day"])], remainder="passthrough")
    return Pipeline([("encode", encode), ("model", model)])


promise_model = encoded(HistGradientBoostingRegressor(loss="quantile", quantile=0.85, learning_rate=0.05, max_leaf_nodes=15,
                                                      min_samples_leaf=50, random_state=0)).fit(X, y)
