# scikit-learn's own TfidfTransformer: right numbers, but the question asks for NumPy.
# loses: test_tfidf
# says: calls sklearn
def tfidf(counts):
    from sklearn.feature_extraction.text import TfidfTransformer

    return TfidfTransformer().fit_transform(counts).toarray()
