# Takes neighbours 1..k (skipping the first, as for leave-one-out on the training set): the
# nearest training point never votes.
# loses: test_knn_predict, test_knn_predict_ties, test_knn_predict_vectorised
# says: `knn_predict` differs on hidden data
def knn_predict(X_train, y_train, X_test, k=5):
    D = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    nearest = np.argsort(D, axis=1, kind="stable")[:, 1 : k + 1]
    labels = np.asarray(y_train)[nearest]
    classes = np.unique(y_train)
    counts = (labels[:, :, None] == classes).sum(axis=1)
    return classes[counts.argmax(axis=1)]
