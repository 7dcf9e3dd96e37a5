"""mlinterview.checks.plots: the Axes and the bars drawn on it."""

from __future__ import annotations

import pytest

from mlinterview import checks


def test_bars_are_read_back_by_their_tick_labels():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    _, ax = plt.subplots()
    ax.bar(["good", "bad"], [9, 2])
    assert checks.bars(ax) == [("good", 9.0), ("bad", 2.0)]
    checks.check_bars("plot", ax, {"bad": 2, "good": 9}, case="two classes")
    with pytest.raises(checks.CheckFailure, match="'bad' is 2 high on c; expected 3"):
        checks.check_bars("plot", ax, {"bad": 3, "good": 9}, case="c")
    with pytest.raises(checks.CheckFailure, match="expected 3, the number of rows of that class"):
        checks.check_bars("plot", ax, {"bad": 3, "good": 9}, case="c")
    with pytest.raises(checks.CheckFailure, match="expected 0.25, the churn rate of that level"):
        checks.check_bars(
            "plot",
            ax,
            {"bad": 0.25, "good": 9},
            case="c",
            per="level",
            height="the churn rate of that level",
        )
    with pytest.raises(checks.CheckFailure, match="drew 2 bar"):
        checks.check_bars("plot", ax, {"good": 9}, case="c")
    with pytest.raises(checks.CheckFailure, match="one per level"):
        checks.check_bars("plot", ax, {"good": 9}, case="c", per="level")
    _, numbers = plt.subplots()
    numbers.bar([0, 1], [4, 2])  # no tick labels set: the default formatter writes 0.0, 0.2, ...
    with pytest.raises(checks.CheckFailure, match="labelled"):
        checks.check_bars("plot", numbers, {"0": 4, "1": 2}, case="c")
    fig, _ = plt.subplots()
    with pytest.raises(checks.CheckFailure, match="returned a Figure"):
        checks.check_axes("plot", fig)
    plt.close("all")
