# A single unpruned decision tree: it memorises the training loans (every leaf pure) and ranks
# new ones barely better than chance.
# loses: test_final_model
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder
from sklearn.tree import DecisionTreeClassifier

final_model = Pipeline([
    ("preprocess", ColumnTransformer([("categories", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
                                       ["term", "sub_grade", "addr_state", "verification_status", "emp_length"])],
                                     remainder="passthrough")),
    ("model", DecisionTreeClassifier(random_state=0)),
]).fit(X, y)
