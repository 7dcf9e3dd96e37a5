# Codes for every label at once from np.unique(..., return_inverse=True) over labels and both
# label arrays together, a lookup table from codes to rows, then np.add.at.
def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    n = len(y_true)
    given = labels is not None
    labels = np.asarray(labels) if given else np.empty(0, dtype=y_true.dtype)
    everything = np.concatenate([labels, y_true, y_pred])
    uniques, codes = np.unique(everything, return_inverse=True)
    row_of_code = np.full(len(uniques), -1)
    if given:
        row_of_code[codes[: len(labels)]] = np.arange(len(labels))
    else:
        row_of_code = np.arange(len(uniques))
    k = len(labels) if given else len(uniques)
    rows = row_of_code[codes[len(labels) : len(labels) + n]]
    columns = row_of_code[codes[len(labels) + n :]]
    kept = (rows >= 0) & (columns >= 0)
    cm = np.zeros((k, k), dtype=np.int64)
    np.add.at(cm, (rows[kept], columns[kept]), 1)
    return cm
