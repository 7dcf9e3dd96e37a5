"""Lesson 03's data: Lending Club loans, shipped with the package so the course works offline.

Provenance and licence are in ``PROVENANCE.md`` beside this file. The test split is fixed
(``lending_club_test_rows.txt``): a lesson loads the training part only; the test part is for
the hidden tests that score the learner's final model, as an interviewer keeps a holdout.
"""

from __future__ import annotations

from importlib import resources

import pandas as pd

TARGET = "default"
#: Column names of the categorical features, as they appear in the CSV.
CATEGORICAL = ("term", "sub_grade", "addr_state", "verification_status", "emp_length")
#: The level of ``emp_length`` that codes "employment length unknown".
UNKNOWN_EMP_LENGTH = "emp_unk"


def _read_frame() -> pd.DataFrame:
    with resources.files(__package__).joinpath("lending_club.csv").open("rb") as file:
        return pd.read_csv(file)


def test_rows() -> list[int]:
    """Row numbers (0-based, in CSV order) of the fixed test split."""
    text = resources.files(__package__).joinpath("lending_club_test_rows.txt").read_text()
    return [int(line) for line in text.splitlines() if line and not line.startswith("#")]


def _split(part: str) -> tuple[pd.DataFrame, pd.Series]:
    frame = _read_frame()
    in_test = frame.index.isin(test_rows())
    frame = frame[in_test if part == "test" else ~in_test]
    y = (frame.pop("Class") == "bad").astype(int).rename(TARGET)
    return frame, y


def load_lending_club() -> tuple[pd.DataFrame, pd.Series]:
    """The training part of the Lending Club loans: 7,392 rows.

    Returns ``(X, y)``: ``X`` a DataFrame of the 22 raw features (strings for the categorical
    ones, numbers for the rest; the index is the row number in the full data set), ``y`` a
    Series of 0/1, 1 = the loan defaulted ("bad"), about 5.25 % of rows.
    """
    return _split("train")


def load_lending_club_test() -> tuple[pd.DataFrame, pd.Series]:
    """The fixed test part (2,465 rows), in the same form: for grading only.

    The lesson never loads it; the hidden test of ``final_model`` scores the learner's model on
    it. A model chosen by looking at these rows would be graded on data it was tuned on.
    """
    return _split("test")
