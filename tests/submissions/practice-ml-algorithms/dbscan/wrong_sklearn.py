# Calls scikit-learn's DBSCAN: the question asks for it from scratch.
# loses: test_dbscan
# says: from scratch
from sklearn.cluster import DBSCAN


def dbscan(X, eps, min_samples=5):
    return DBSCAN(eps=eps, min_samples=min_samples).fit(X).labels_
