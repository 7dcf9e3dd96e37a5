# The day is one-hot encoded in the notebook, outside the pipeline (pd.get_dummies), so the
# pipeline is the model alone and cannot take the raw frame (day as strings).
# loses: test_build_delivery_pipeline, test_build_delivery_pipeline_raw_data, test_build_delivery_pipeline_leak_free, test_build_delivery_pipeline_deterministic, test_build_delivery_pipeline_mae
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline

X_encoded = pd.get_dummies(X, columns=["day"], dtype=float)


def build_delivery_pipeline():
    return Pipeline([("model", HistGradientBoostingRegressor(random_state=0))])
