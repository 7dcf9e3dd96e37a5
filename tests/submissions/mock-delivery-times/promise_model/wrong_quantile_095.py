# Aims at the 95th percentile: a well-regularised model then covers about 0.95 of the test
# orders, above the 0.93 the task allows (promising later than needed).
# loses: test_promise_model_coverage
# says: promising later than needed
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def encoded(model):
    encode = ColumnTransformer([("day", OrdinalEncoder(categories=[DAYS]), ["day"])], remainder="passthrough")
    return Pipeline([("encode", encode), ("model", model)])


promise_model = encoded(HistGradientBoostingRegressor(loss="quantile", quantile=0.95, learning_rate=0.05, max_leaf_nodes=15,
                                                      min_samples_leaf=50, random_state=0)).fit(X, y)
