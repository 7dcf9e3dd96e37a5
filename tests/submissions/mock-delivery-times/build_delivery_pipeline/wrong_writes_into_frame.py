# A hand-written encoding step that replaces the day column of the frame it is given, in place:
# the caller's raw frame is changed by fit and predict.
# loses: test_build_delivery_pipeline_raw_data
# says: changed the frame
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder

from sklearn.preprocessing import FunctionTransformer

DAYS = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def _codes(frame):
    frame["day"] = frame["day"].map(lambda d: DAYS.get(d, d) if isinstance(d, str) else d).astype(float)
    return frame


def build_delivery_pipeline():
    return Pipeline([("encode", FunctionTransformer(_codes)), ("model", HistGradientBoostingRegressor(random_state=0))])
