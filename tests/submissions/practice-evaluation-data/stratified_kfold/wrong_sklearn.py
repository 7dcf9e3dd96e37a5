# scikit-learn's StratifiedKFold with shuffle: right folds, but the question asks for NumPy.
# loses: test_stratified_kfold
# says: calls sklearn
def stratified_kfold(y, n_splits=5, seed=0):
    import warnings

    from sklearn.model_selection import StratifiedKFold

    if n_splits < 2 or n_splits > len(y):
        raise ValueError("bad n_splits")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        splitter = StratifiedKFold(n_splits, shuffle=True, random_state=seed)
        return list(splitter.split(np.zeros(len(y)), y))
