# scikit-learn's LinearRegression does the work: right numbers, but the lesson asks for the
# algorithm from scratch in NumPy.
# loses: test_linear_regression_closed_form
# says: calls sklearn
def linear_regression_closed_form(X, y):
    from sklearn.linear_model import LinearRegression

    model = LinearRegression().fit(X, y)
    return model.coef_, float(model.intercept_)
