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
