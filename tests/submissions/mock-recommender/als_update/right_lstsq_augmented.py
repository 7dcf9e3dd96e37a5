# Ridge as plain least squares on an augmented system [V_rated; sqrt(reg) I] u = [r_rated; 0].
def als_update(R, mask, V, reg):
    r = V.shape[1]
    rows = []
    for u in range(len(mask)):
        A = np.vstack([V[mask[u]], np.sqrt(reg) * np.eye(r)])
        b = np.concatenate([np.asarray(R[u], dtype=float)[mask[u]], np.zeros(r)])
        rows.append(np.linalg.lstsq(A, b, rcond=None)[0])
    return np.array(rows).reshape(len(mask), r)
