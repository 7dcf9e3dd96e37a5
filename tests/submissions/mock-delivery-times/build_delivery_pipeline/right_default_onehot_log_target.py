# scikit-learn's default OneHotEncoder (all seven days are in any training fold) and a model of
# log minutes, back-transformed (TransformedTargetRegressor as the last step).
from sklearn.compose import TransformedTargetRegressor, make_column_transformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder


def build_delivery_pipeline():
    return make_pipeline(
        make_column_transformer((OneHotEncoder(), ["day"]), remainder="passthrough"),
        TransformedTargetRegressor(
            regressor=HistGradientBoostingRegressor(random_state=0), func=np.log, inverse_func=np.exp
        ),
    )
