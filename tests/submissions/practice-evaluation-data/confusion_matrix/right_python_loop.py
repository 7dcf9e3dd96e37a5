# A dictionary from label to position and one pass over the samples in Python: slower than
# NumPy, but the contract asks for no vectorisation (scikit-learn itself maps labels this way).
def confusion_matrix(y_true, y_pred, labels=None):
    if labels is None:
        labels = sorted(set(np.asarray(y_true).tolist()) | set(np.asarray(y_pred).tolist()))
    position = {label: i for i, label in enumerate(np.asarray(labels).tolist())}
    cm = np.zeros((len(position), len(position)), dtype=int)
    for t, p in zip(np.asarray(y_true).tolist(), np.asarray(y_pred).tolist()):
        if t in position and p in position:
            cm[position[t], position[p]] += 1
    return cm
