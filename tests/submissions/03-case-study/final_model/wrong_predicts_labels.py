# A wrapper whose predict_proba returns hard 0/1 decisions at 0.5: with 5 % defaults almost every
# loan gets the same score, so there is no ranking left to measure.
# loses: test_final_model
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


class HardDecisions:
    def __init__(self, model):
        self.model = model

    def predict_proba(self, frame):
        labels = self.model.predict(frame)
        return np.column_stack([1 - labels, labels]).astype(float)


fitted = Pipeline([
    ("preprocess", ColumnTransformer([("categories", OneHotEncoder(handle_unknown="ignore"), ["term", "sub_grade", "addr_state", "verification_status", "emp_length"])],
                                     remainder=StandardScaler())),
    ("model", LogisticRegression(C=0.01, max_iter=1000)),
]).fit(X, y)
final_model = HardDecisions(fitted)
