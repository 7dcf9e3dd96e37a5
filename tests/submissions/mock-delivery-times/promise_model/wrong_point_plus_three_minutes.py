# The point prediction plus a fixed 3 minutes, a margin picked by feel: about 0.94 of the test
# orders arrive by it, more than the 0.93 allowed.
# loses: test_promise_model_coverage
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def encoded(model):
    encode = ColumnTransformer([("day", OrdinalEncoder(categories=[DAYS]), ["day"])], remainder="passthrough")
    return Pipeline([("encode", encode), ("model", model)])



class PlusMargin:
    def __init__(self, model, minutes):
        self.model, self.minutes = model, minutes

    def fit(self, X, y):
        self.model.fit(X, y)
        return self

    def predict(self, X):
        return self.model.predict(X) + self.minutes


promise_model = PlusMargin(encoded(HistGradientBoostingRegressor(random_state=0)), 3.0).fit(X, y)
