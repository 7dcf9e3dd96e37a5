# Forgot to fit.
# loses: test_final_model
# says: must be fitted
final_model = build_churn_pipeline()
