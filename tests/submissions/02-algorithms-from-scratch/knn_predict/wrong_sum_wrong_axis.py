# Sums the squared differences over the training points (axis=1) instead of the features:
# an (m, d) array, whose argsort returns feature numbers, not neighbours.
# loses: test_knn_predict, test_knn_predict_ties, test_knn_predict_vectorised
# says: `knn_predict` differs on two clusters, k=3
def knn_predict(X_train, y_train, X_test, k=5):
    D = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=1)
    nearest = np.argsort(D, axis=1, kind="stable")[:, :k]
    labels = np.asarray(y_train)[nearest]
    classes = np.unique(y_train)
    counts = (labels[:, :, None] == classes).sum(axis=1)
    return classes[counts.argmax(axis=1)]
