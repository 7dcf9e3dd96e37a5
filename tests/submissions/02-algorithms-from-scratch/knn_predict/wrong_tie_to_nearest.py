# Vote by "how many neighbours share my label", argmax over the neighbours: a tied vote goes
# to the label of the NEAREST of the tied neighbours, not to the smallest label.
# loses: test_knn_predict, test_knn_predict_ties, test_knn_predict_vectorised
# says: a tied vote goes to the smallest label
def knn_predict(X_train, y_train, X_test, k=5):
    D = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    nearest = np.argsort(D, axis=1, kind="stable")[:, :k]
    labels = np.asarray(y_train)[nearest]
    support = (labels[:, :, None] == labels[:, None, :]).sum(axis=2)
    return labels[np.arange(len(labels)), support.argmax(axis=1)]
