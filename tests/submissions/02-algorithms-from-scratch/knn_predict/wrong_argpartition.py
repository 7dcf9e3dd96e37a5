# np.argpartition for the k nearest: fast, but which of several points tied at the k-th
# distance gets in is arbitrary, not the lowest index.
# loses: test_knn_predict_ties
# says: use a stable sort (kind="stable")
def knn_predict(X_train, y_train, X_test, k=5):
    D = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    nearest = np.argpartition(D, k - 1, axis=1)[:, :k]
    labels = np.asarray(y_train)[nearest]
    classes = np.unique(y_train)
    counts = (labels[:, :, None] == classes).sum(axis=1)
    return classes[counts.argmax(axis=1)]
