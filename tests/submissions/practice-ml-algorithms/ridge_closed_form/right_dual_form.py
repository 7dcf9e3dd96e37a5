# Always the dual (kernel) form: w = Xcᵀ (Xc Xcᵀ + alpha I_n)⁻¹ yc, an n x n system.
def ridge_closed_form(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    dual = np.linalg.solve(Xc @ Xc.T + alpha * np.eye(len(X)), yc)
    w = Xc.T @ dual
    b = y.mean() - X.mean(axis=0) @ w
    return w, b.item()
