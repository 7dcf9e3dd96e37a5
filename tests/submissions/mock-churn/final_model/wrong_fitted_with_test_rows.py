# Loads the test split and fits on the training and test rows together: the test score is then
# no longer an honest estimate.
# loses: test_final_model
# says: the test labels reached it
X_test_part, y_test_part = data.load_churn_test()
final_model = build_churn_pipeline().fit(pd.concat([X, X_test_part]), pd.concat([y, y_test_part]))
