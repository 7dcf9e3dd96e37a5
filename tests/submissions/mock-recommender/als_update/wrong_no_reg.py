# Forgets the penalty: least squares on each user's rated items (least norm when underdetermined).
# loses: test_als_update
# says: adds reg * I to each user's normal equations
def als_update(R, mask, V, reg):
    U = np.zeros((mask.shape[0], V.shape[1]))
    for u in range(mask.shape[0]):
        if mask[u].any():
            U[u] = np.linalg.lstsq(V[mask[u]], R[u, mask[u]], rcond=None)[0]
    return U
