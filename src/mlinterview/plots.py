"""Pictures the lessons draw from the learner's own results.

A lesson's plot cells run before the learner has written anything, so each one sits inside
:func:`when_ready`: a stub's ``NotImplementedError`` prints a friendly line instead of a
traceback, and any other error from the learner's code still shows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes


@contextlib.contextmanager
def when_ready(name: str) -> Iterator[None]:
    """Run a demo cell's body; if ``name`` is still a stub, say so instead of failing."""
    try:
        yield
    except NotImplementedError:
        print(f"This cell uses your `{name}`: run it again once `{name}` is implemented.")


def _axes(ax: Axes | None, title: str) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 3.5))
    ax.set_title(title)
    return ax


def loss_curve(
    histories: dict[str, Sequence[float]], *, ax: Axes | None = None, log: bool = True
) -> Axes:
    """One line per run: the training loss after each gradient step.

    histories : ``label -> loss_history_`` (length n_iters each).
    """
    ax = _axes(ax, "Training loss per gradient step")
    for label, history in histories.items():
        history = np.asarray(history, dtype=float)
        ax.plot(np.arange(1, history.size + 1), history, label=label)
    if log:
        ax.set_yscale("log")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.legend()
    return ax


def decision_boundary(
    predict_proba: Callable[[np.ndarray], np.ndarray],
    X: np.ndarray,
    y: np.ndarray,
    *,
    ax: Axes | None = None,
    resolution: int = 200,
) -> Axes:
    """Two-feature data coloured by class, over the model's probability of class 1.

    predict_proba : maps an (m, 2) array to (m,) probabilities.
    X : ndarray of shape (n, 2);  y : ndarray of shape (n,) of 0/1 labels.
    """
    ax = _axes(ax, "P(class 1) and the 0.5 boundary")
    margin = 0.5
    (x0_min, x1_min), (x0_max, x1_max) = X.min(axis=0) - margin, X.max(axis=0) + margin
    grid0, grid1 = np.meshgrid(
        np.linspace(x0_min, x0_max, resolution), np.linspace(x1_min, x1_max, resolution)
    )
    proba = np.asarray(predict_proba(np.column_stack([grid0.ravel(), grid1.ravel()])))
    proba = proba.reshape(grid0.shape)
    filled = ax.contourf(grid0, grid1, proba, levels=np.linspace(0, 1, 11), cmap="RdBu_r")
    ax.contour(grid0, grid1, proba, levels=[0.5], colors="k")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolors="k", s=18)
    ax.figure.colorbar(filled, ax=ax)
    ax.set_xlabel("feature 0")
    ax.set_ylabel("feature 1")
    return ax


def clusters(
    X: np.ndarray,
    labels: np.ndarray,
    centroids: np.ndarray,
    *,
    ax: Axes | None = None,
    title: str = "Clusters and their centroids",
) -> Axes:
    """Two-feature points coloured by cluster, centroids as black crosses.

    X : ndarray of shape (n, 2);  labels : (n,) ints;  centroids : (k, 2).
    """
    ax = _axes(ax, title)
    ax.scatter(X[:, 0], X[:, 1], c=labels, cmap="tab10", s=12)
    centroids = np.asarray(centroids)
    ax.scatter(centroids[:, 0], centroids[:, 1], c="k", marker="x", s=120, linewidths=3)
    ax.set_xlabel("feature 0")
    ax.set_ylabel("feature 1")
    return ax
