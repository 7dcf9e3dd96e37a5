# Right answers, one test point at a time: a Python loop over the test points.
# loses: test_knn_predict_vectorised
# says: Python loop
# says: over the test points
def knn_predict(X_train, y_train, X_test, k=5):
    X_train = np.asarray(X_train, dtype=float)
    y_train = np.asarray(y_train)
    predictions = []
    for x in np.asarray(X_test, dtype=float):
        d = ((X_train - x) ** 2).sum(axis=1)
        nearest = np.argsort(d, kind="stable")[:k]
        predictions.append(np.bincount(y_train[nearest]).argmax())
    return np.array(predictions)
