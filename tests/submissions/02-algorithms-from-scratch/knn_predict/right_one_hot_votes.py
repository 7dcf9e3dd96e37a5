# Labels mapped to 0..C-1 with np.unique, the k neighbours' votes as one-hot rows summed,
# argmax (first = smallest label on a tie) mapped back to the original label.
def knn_predict(X_train, y_train, X_test, k=5):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    classes, codes = np.unique(y_train, return_inverse=True)
    diff = X_test[:, None, :] - X_train[None, :, :]
    D = np.einsum("mnd,mnd->mn", diff, diff)
    nearest = np.argsort(D, axis=1, kind="stable")[:, :k]
    votes = np.eye(len(classes), dtype=int)[codes[nearest]].sum(axis=1)
    return classes[votes.argmax(axis=1)]
