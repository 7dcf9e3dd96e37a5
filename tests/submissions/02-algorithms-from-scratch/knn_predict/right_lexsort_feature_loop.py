# Distances accumulated with a loop over the d features (allowed), neighbours by np.lexsort
# with the training index as the tie-breaker, and the vote by lexsort on (-count, label).
def knn_predict(X_train, y_train, X_test, k=5):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    m, n = len(X_test), len(X_train)
    D = np.zeros((m, n))
    for j in range(X_train.shape[1]):
        D += (X_test[:, j][:, None] - X_train[:, j][None, :]) ** 2
    index = np.broadcast_to(np.arange(n), (m, n))
    nearest = np.lexsort((index, D), axis=-1)[:, :k]
    classes = np.unique(y_train)
    counts = (y_train[nearest][:, :, None] == classes).sum(axis=1)
    best = np.lexsort((np.broadcast_to(classes, counts.shape), -counts), axis=-1)[:, 0]
    return classes[best]
