# Off by one the other way: [:, :k - 1] keeps only k - 1 neighbours (and none at all for k = 1).
# loses: test_knn_predict, test_knn_predict_ties, test_knn_predict_vectorised
# says: `knn_predict` differs on hidden data
def knn_predict(X_train, y_train, X_test, k=5):
    D = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    nearest = np.argsort(D, axis=1, kind="stable")[:, : k - 1]
    labels = np.asarray(y_train)[nearest]
    classes = np.unique(y_train)
    counts = (labels[:, :, None] == classes).sum(axis=1)
    return classes[counts.argmax(axis=1)]
