# scikit-learn's KNeighborsClassifier (brute force): the lesson asks for k-NN from scratch,
# and its choice among points at equal distance is not the spec's lowest index.
# loses: test_knn_predict
# says: calls sklearn
def knn_predict(X_train, y_train, X_test, k=5):
    from sklearn.neighbors import KNeighborsClassifier

    model = KNeighborsClassifier(n_neighbors=k, algorithm="brute").fit(X_train, y_train)
    return model.predict(X_test)
