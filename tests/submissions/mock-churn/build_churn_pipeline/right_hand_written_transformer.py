# A hand-written transformer (yes/no plans to 1/0, state and area code dropped, charges dropped)
# before a gradient boosting; it learns nothing, so it needs no fit state.
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.pipeline import Pipeline


class ChurnFeatures(BaseEstimator, TransformerMixin):
    def fit(self, frame, target=None):
        return self

    def transform(self, frame):
        out = frame.drop(
            columns=["state", "area_code"] + [c for c in frame.columns if c.endswith("_charge")]
        )
        for plan in ("international_plan", "voice_mail_plan"):
            out[plan] = (frame[plan] == "yes").astype(float)
        out["many_service_calls"] = (frame["number_customer_service_calls"] >= 4).astype(float)
        return out.to_numpy(dtype=float)


def build_churn_pipeline():
    return Pipeline(
        [
            ("features", ChurnFeatures()),
            ("model", GradientBoostingClassifier(n_estimators=50, max_depth=3, random_state=1)),
        ]
    )
