# A linear regression on the raw numeric columns plus the 90th percentile of its residuals: the
# coverage is right (about 0.91) but the promise barely moves with the order (31.8 minutes on
# average, needed at most 30.8).
# loses: test_promise_model_promise
# says: below the naive promise
from sklearn.linear_model import LinearRegression


class LinearPromise:
    def fit(self, X, y):
        self.columns = X.select_dtypes("number").columns
        self.model = LinearRegression().fit(X[self.columns], y)
        self.margin = np.quantile(y - self.model.predict(X[self.columns]), 0.9)
        return self

    def predict(self, X):
        return self.model.predict(X[self.columns]) + self.margin


promise_model = LinearPromise().fit(X, y)
