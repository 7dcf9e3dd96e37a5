# Counts votes per class of np.unique, but returns the class's POSITION, not the label: right
# only when the labels are exactly 0..C-1.
# loses: test_knn_predict, test_knn_predict_ties
# says: labels [2, 5, 9]
def knn_predict(X_train, y_train, X_test, k=5):
    D = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    nearest = np.argsort(D, axis=1, kind="stable")[:, :k]
    labels = np.asarray(y_train)[nearest]
    classes = np.unique(y_train)
    counts = (labels[:, :, None] == classes).sum(axis=1)
    return counts.argmax(axis=1)
