# A quantile pipeline that was never fitted.
# loses: test_promise_model_coverage, test_promise_model_promise
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def encoded(model):
    encode = ColumnTransformer([("day", OrdinalEncoder(categories=[DAYS]), ["day"])], remainder="passthrough")
    return Pipeline([("encode", encode), ("model", model)])


promise_model = encoded(HistGradientBoostingRegressor(loss="quantile", quantile=0.9, random_state=0))
