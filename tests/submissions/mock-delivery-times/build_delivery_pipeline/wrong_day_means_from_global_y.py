# Encodes the day by its mean delivery time, computed from the notebook's X and y when the
# pipeline is built: the statistic is not learnt from the data passed to fit (a leak in CV).
# loses: test_build_delivery_pipeline_leak_free
# says: reads the notebook's X or y
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder

from sklearn.preprocessing import FunctionTransformer


def build_delivery_pipeline():
    day_means = pd.Series(np.asarray(y, dtype=float), index=X.index).groupby(X["day"]).mean()

    def encode(frame):
        return frame.assign(day=frame["day"].map(day_means).astype(float))

    return Pipeline([("encode", FunctionTransformer(encode)), ("model", HistGradientBoostingRegressor(random_state=0))])
