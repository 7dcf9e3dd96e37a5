# A one-hot encoder fitted on the notebook's X outside, applied through a FunctionTransformer:
# nothing of it is learnt by the pipeline's own fit.
# loses: test_build_delivery_pipeline_leak_free
# says: fitted outside the pipeline
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder

from sklearn.preprocessing import FunctionTransformer

_encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(X[["day"]])


def _encode(frame):
    return np.hstack([_encoder.transform(frame[["day"]]), frame.drop(columns="day").to_numpy(dtype=float)])


def build_delivery_pipeline():
    return Pipeline([("encode", FunctionTransformer(_encode)), ("model", HistGradientBoostingRegressor(random_state=0))])
