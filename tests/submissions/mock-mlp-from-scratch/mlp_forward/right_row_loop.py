# One row at a time (slow, but right).
def mlp_forward(X, params):
    X = np.asarray(X, dtype=float)
    rows_z, rows_h, rows_out = [], [], []
    for x in X:
        z = x @ params["W1"] + params["b1"]
        a = (np.abs(z) + z) / 2
        rows_z.append(z)
        rows_h.append(a)
        rows_out.append(a @ params["W2"] + params["b2"])
    z1, h = np.array(rows_z), np.array(rows_h)
    return np.array(rows_out), {"X": X, "z1": z1, "h": h}
