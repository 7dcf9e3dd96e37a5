# Fitted on pd.get_dummies(X): predict_proba then needs the encoded frame, not the raw one.
# loses: test_final_model
# says: raw frame
from sklearn.ensemble import GradientBoostingClassifier

final_model = GradientBoostingClassifier(n_estimators=50, random_state=0).fit(pd.get_dummies(X), y)
