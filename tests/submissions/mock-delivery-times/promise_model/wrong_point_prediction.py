# The stage-2 point prediction (squared loss) as the promise: orders arrive later than it about
# half of the time (coverage about 0.53 on the test split).
# loses: test_promise_model_coverage, test_promise_model_promise
# says: exceeded about half of the time
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def encoded(model):
    encode = ColumnTransformer([("day", OrdinalEncoder(categories=[DAYS]), ["day"])], remainder="passthrough")
    return Pipeline([("encode", encode), ("model", model)])


promise_model = encoded(HistGradientBoostingRegressor(random_state=0)).fit(X, y)
