# scikit-learn's calibration_curve: right numbers, but the question asks for NumPy.
# loses: test_calibration_curve
# says: calls sklearn
def calibration_curve(y_true, y_prob, n_bins=5):
    from sklearn.calibration import calibration_curve as curve

    return curve(y_true, y_prob, n_bins=n_bins)
