# Manhattan (L1) distance instead of Euclidean: a different neighbour set for some points.
# loses: test_knn_predict, test_knn_predict_vectorised
# says: `knn_predict` differs on hidden data
def knn_predict(X_train, y_train, X_test, k=5):
    D = np.abs(X_test[:, None, :] - X_train[None, :, :]).sum(axis=-1)
    nearest = np.argsort(D, axis=1, kind="stable")[:, :k]
    labels = np.asarray(y_train)[nearest]
    classes = np.unique(y_train)
    counts = (labels[:, :, None] == classes).sum(axis=1)
    return classes[counts.argmax(axis=1)]
