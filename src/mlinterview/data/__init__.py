"""The course's real data sets, shipped with the package so the course works offline.

Lesson 03 uses the Lending Club loans, mock-churn the MLC++ churn data, mock-delivery-times a
restaurant's delivery times. Provenance and licences are in ``PROVENANCE.md`` beside this file.
Each test split is fixed (``<name>_test_rows.txt``): a notebook loads the training part only; the
test part is for the hidden tests that score the learner's final model, as an interviewer keeps
a holdout.
"""

from __future__ import annotations

from importlib import resources

import pandas as pd

TARGET = "default"
#: Column names of the categorical features, as they appear in the CSV.
CATEGORICAL = ("term", "sub_grade", "addr_state", "verification_status", "emp_length")
#: The level of ``emp_length`` that codes "employment length unknown".
UNKNOWN_EMP_LENGTH = "emp_unk"


#: Target of the churn data: 1 = the customer left.
CHURN_TARGET = "churn"
#: Target of the delivery data, in minutes.
DELIVERY_TARGET = "time_to_delivery"


def _read_frame(name: str = "lending_club") -> pd.DataFrame:
    with resources.files(__package__).joinpath(f"{name}.csv").open("rb") as file:
        return pd.read_csv(file)


def test_rows(name: str = "lending_club") -> list[int]:
    """Row numbers (0-based, in CSV order) of the data set's fixed test split."""
    text = resources.files(__package__).joinpath(f"{name}_test_rows.txt").read_text()
    return [int(line) for line in text.splitlines() if line and not line.startswith("#")]


def _part(name: str, part: str) -> pd.DataFrame:
    frame = _read_frame(name)
    in_test = frame.index.isin(test_rows(name))
    return frame[in_test if part == "test" else ~in_test]


def _split(part: str) -> tuple[pd.DataFrame, pd.Series]:
    frame = _part("lending_club", part)
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


def _churn(part: str) -> tuple[pd.DataFrame, pd.Series]:
    frame = _part("mlc_churn", part)
    y = (frame.pop("churn") == "yes").astype(int).rename(CHURN_TARGET)
    return frame, y


def load_churn() -> tuple[pd.DataFrame, pd.Series]:
    """The training part of the MLC++ churn data: 3,750 customers.

    Returns ``(X, y)``: ``X`` a DataFrame of the 19 raw features (strings for state, area_code,
    international_plan and voice_mail_plan, numbers for the rest; the index is the row number in
    the full data set), ``y`` a Series of 0/1, 1 = the customer churned, about 14.1 % of rows.
    """
    return _churn("train")


def load_churn_test() -> tuple[pd.DataFrame, pd.Series]:
    """The fixed test part (1,250 customers), in the same form: for grading only."""
    return _churn("test")


def _deliveries(part: str) -> tuple[pd.DataFrame, pd.Series]:
    frame = _part("deliveries", part)
    return frame, frame.pop(DELIVERY_TARGET)


def load_deliveries() -> tuple[pd.DataFrame, pd.Series]:
    """The training part of the delivery times: 7,509 orders.

    Returns ``(X, y)``: ``X`` a DataFrame of the 30 raw features (``hour`` a decimal hour of the
    day, ``day`` the weekday as "Mon" .. "Sun", ``distance`` in miles, ``item_01`` ..
    ``item_27`` counts; the index is the row number in the full data set), ``y`` the minutes
    from order to delivery.
    """
    return _deliveries("train")


def load_deliveries_test() -> tuple[pd.DataFrame, pd.Series]:
    """The fixed test part (2,503 orders), in the same form: for grading only."""
    return _deliveries("test")
