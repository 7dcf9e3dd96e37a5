# The preprocessing was done on the frame outside, so the "pipeline" is the model alone: it
# cannot take the raw frame (text columns), and cross-validation on a frame scaled outside leaks.
# loses: test_build_pipeline, test_build_pipeline_raw_data, test_build_pipeline_leak_free
# breaks: test_final_model
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline


def build_pipeline():
    return Pipeline([("model", LogisticRegression(C=0.1, max_iter=1000))])
