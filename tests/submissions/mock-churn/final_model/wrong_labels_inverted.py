# Fitted on 1 - y: the probability of staying in column 1.
# loses: test_final_model
# says: below chance
final_model = build_churn_pipeline().fit(X, 1 - y)
