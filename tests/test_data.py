"""Lesson 03's data: the shipped file is the documented one, and the test split is fixed."""

from __future__ import annotations

import hashlib
from importlib import resources

import numpy as np

from mlinterview import data

#: From PROVENANCE.md (and ../shared/data/lending_club/PROVENANCE.md).
SHA256 = "3dbe4d83e6efc20a42c349480fdf8e710b06cc4273eedf96896d137c9771537c"


def test_the_shipped_csv_is_the_documented_one():
    raw = resources.files("mlinterview.data").joinpath("lending_club.csv").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SHA256
    assert (resources.files("mlinterview.data") / "PROVENANCE.md").is_file()


def test_training_and_test_parts_split_the_loans_once_stratified():
    X, y = data.load_lending_club()
    X_test, y_test = data.load_lending_club_test()
    assert X.shape == (7392, 22) and X_test.shape == (2465, 22)
    assert list(X.columns) == list(X_test.columns) and "Class" not in X.columns
    assert set(X.index).isdisjoint(X_test.index)
    assert len(X) + len(X_test) == 9857
    assert sorted(X_test.index) == data.test_rows()
    # Stratified: both parts keep the 5.25 % default rate to within a tenth of a point.
    assert abs(y.mean() - 517 / 9857) < 1e-3 and abs(y_test.mean() - 517 / 9857) < 1e-3
    assert set(np.unique(y)) == {0, 1} and y.name == data.TARGET


def test_loaders_return_fresh_frames_with_the_raw_types():
    X, _ = data.load_lending_club()
    X["term"] = "changed"
    again, _ = data.load_lending_club()
    assert (again["term"] != "changed").all()
    import pandas as pd

    for column in data.CATEGORICAL:
        assert not pd.api.types.is_numeric_dtype(again[column])
    assert (again["emp_length"] == data.UNKNOWN_EMP_LENGTH).sum() > 400


#: From PROVENANCE.md (and ../shared/data/<name>/PROVENANCE.md).
MOCK_DATA_SHA256 = {
    "mlc_churn": "977e9701c245abc90ea21b882ffafea62d68e33ce2b50e1e9cfea44344cbffad",
    "deliveries": "a6cab7235a06df4e8ad540257a863a65700dd6c6ca32f0bee9c62e559d4c5e2f",
}


def test_the_mock_data_sets_are_the_documented_ones():
    for name, digest in MOCK_DATA_SHA256.items():
        raw = resources.files("mlinterview.data").joinpath(f"{name}.csv").read_bytes()
        assert hashlib.sha256(raw).hexdigest() == digest, name


def test_churn_parts_split_the_customers_once_stratified():
    X, y = data.load_churn()
    X_test, y_test = data.load_churn_test()
    assert X.shape == (3750, 19) and X_test.shape == (1250, 19)
    assert "churn" not in X.columns and y.name == data.CHURN_TARGET
    assert set(X.index).isdisjoint(X_test.index) and len(X) + len(X_test) == 5000
    assert sorted(X_test.index) == data.test_rows("mlc_churn")
    assert abs(y.mean() - 707 / 5000) < 1e-3 and abs(y_test.mean() - 707 / 5000) < 1e-3
    assert set(np.unique(y)) == {0, 1}


def test_delivery_parts_split_the_orders_once():
    X, y = data.load_deliveries()
    X_test, y_test = data.load_deliveries_test()
    assert X.shape == (7509, 30) and X_test.shape == (2503, 30)
    assert data.DELIVERY_TARGET not in X.columns and y.name == data.DELIVERY_TARGET
    assert set(X.index).isdisjoint(X_test.index) and len(X) + len(X_test) == 10012
    assert sorted(X_test.index) == data.test_rows("deliveries")
    assert set(X["day"]) == {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
    assert (y > 0).all() and (y_test > 0).all()
