# Another model than the pipeline of build_churn_pipeline, chosen and fitted on all of X, y.
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

final_model = make_pipeline(
    make_column_transformer(
        (
            OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
            make_column_selector(dtype_exclude="number"),
        ),
        remainder="passthrough",
    ),
    RandomForestClassifier(n_estimators=80, min_samples_leaf=2, random_state=0),
).fit(X, y)
