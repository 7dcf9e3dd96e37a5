# Its own small search (class weights, C) on a one-hot + log-scaled pipeline, refitted on all the
# training data by GridSearchCV: a fitted search object has predict_proba too.
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

money = ["funded_amnt", "annual_inc", "total_bal_il", "total_il_high_credit_limit"]
pipeline = Pipeline([
    ("preprocess", ColumnTransformer([
        ("money", make_pipeline(FunctionTransformer(np.log1p), StandardScaler()), money),
        ("categories", OneHotEncoder(handle_unknown="ignore", min_frequency=30), ["term", "sub_grade", "addr_state", "verification_status", "emp_length"]),
    ], remainder=StandardScaler())),
    ("model", LogisticRegression(class_weight="balanced", max_iter=1000)),
])
final_model = GridSearchCV(pipeline, {"model__C": [0.003, 0.03]}, scoring="average_precision",
                           cv=StratifiedKFold(3, shuffle=True, random_state=1)).fit(X, y)
