# Fitted on labels shuffled by mistake (a sample() that reset the order of y only).
# loses: test_final_model
final_model = build_churn_pipeline().fit(X, y.sample(frac=1.0, random_state=0).to_numpy())
