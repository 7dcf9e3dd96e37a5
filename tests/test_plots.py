"""The lesson's demo cells: they draw from the learner's results, and wait politely for a stub."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from mlinterview import plots  # noqa: E402


def test_when_ready_turns_a_stub_into_a_friendly_line(capsys):
    with plots.when_ready("kmeans"):
        raise NotImplementedError()
    assert "uses your `kmeans`: run it again once it is implemented" in capsys.readouterr().out
    with plots.when_ready("roc_auc", "average_precision"):
        raise NotImplementedError()
    out = capsys.readouterr().out
    assert "uses your `roc_auc` and `average_precision`: run it again once they are" in out


def test_when_ready_lets_real_errors_through():
    with pytest.raises(ValueError), plots.when_ready("kmeans"):
        raise ValueError("a bug in the learner's code")


def test_plots_draw_what_they_are_given():
    ax = plots.loss_curve({"lr=0.1": [4.0, 2.0, 1.0], "lr=0.01": [4.0, 3.9, 3.8]})
    assert [line.get_label() for line in ax.get_lines()] == ["lr=0.1", "lr=0.01"]
    assert list(ax.get_lines()[0].get_xdata()) == [1, 2, 3]

    X = np.array([[0.0, 0.0], [1.0, 1.0], [5.0, 5.0]])
    ax = plots.clusters(X, np.array([0, 0, 1]), np.array([[0.5, 0.5], [5.0, 5.0]]))
    assert len(ax.collections) == 2  # the points, then the centroids

    ax = plots.decision_boundary(lambda grid: 1 / (1 + np.exp(-grid[:, 0])), X, np.array([0, 0, 1]))
    assert ax.get_title().startswith("P(class 1)")
