# A linear SVM as the last step: it ranks with decision_function but has no predict_proba, which
# the task asks for (a probability of default). The final model is this pipeline, so it cannot
# give probabilities either.
# loses: test_build_pipeline
# breaks: test_final_model
# says: has no predict_proba
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.svm import LinearSVC


def build_pipeline():
    preprocess = ColumnTransformer(
        [("categories", OneHotEncoder(handle_unknown="ignore"), ["term", "sub_grade", "addr_state", "verification_status", "emp_length"])],
        remainder=StandardScaler(),
    )
    return Pipeline([("preprocess", preprocess), ("model", LinearSVC(C=0.01))])
