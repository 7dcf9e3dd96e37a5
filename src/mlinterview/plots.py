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
def when_ready(*names: str) -> Iterator[None]:
    """Run a demo cell's body; if one of the learner's ``names`` is still a stub, say so
    instead of failing."""
    try:
        yield
    except NotImplementedError:
        used = " and ".join(f"`{name}`" for name in names)
        them = "it is" if len(names) == 1 else "they are"
        print(f"This cell uses your {used}: run it again once {them} implemented.")


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


def precision_recall(
    y_true: np.ndarray,
    scores: np.ndarray,
    *,
    threshold: float | None = None,
    ax: Axes | None = None,
) -> Axes:
    """The precision-recall curve of ``scores``, the base rate, and the point of ``threshold``.

    y_true : (n,) of 0/1, 1 the positive class;  scores : (n,), higher means more likely 1.
    """
    from sklearn.metrics import precision_recall_curve  # here: slow to import, one plot uses it

    ax = _axes(ax, "Precision and recall of the positive class")
    y_true = np.asarray(y_true)
    precision, recall, _ = precision_recall_curve(y_true, scores)
    ax.step(recall, precision, where="post", label="model")
    ax.axhline(y_true.mean(), color="grey", linestyle="--", label="base rate (random ranking)")
    if threshold is not None and np.isfinite(threshold):
        chosen = np.asarray(scores) >= threshold
        tp = np.count_nonzero(chosen & (y_true == 1))
        point = (tp / max(np.count_nonzero(y_true == 1), 1), tp / max(chosen.sum(), 1))
        ax.plot(*point, "o", color="tab:red", label=f"threshold {threshold:.3f}")
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.legend()
    return ax


def rate_by_category(
    frame, column: str, y: np.ndarray, *, ax: Axes | None = None, min_count: int = 1
) -> Axes:
    """The share of positives (``y == 1``) for each level of ``frame[column]``, in level order.

    Levels with fewer than ``min_count`` rows are left out (their rates are noise).
    """
    import pandas as pd  # here: slow to import, and only lesson 03's plot needs it

    ax = _axes(ax, f"Default rate by {column}")
    grouped = pd.Series(np.asarray(y), index=frame.index).groupby(frame[column])
    rates = grouped.mean()[grouped.size() >= min_count].sort_index()
    ax.bar(rates.index.astype(str), rates.to_numpy())
    ax.axhline(np.mean(y), color="grey", linestyle="--", label="overall")
    ax.tick_params(axis="x", labelrotation=90)
    ax.set_ylabel("default rate")
    ax.legend()
    return ax


def histogram_by_class(
    values: np.ndarray, y: np.ndarray, *, ax: Axes | None = None, bins: int = 40, title: str = ""
) -> Axes:
    """Overlaid histograms of ``values`` for each class, as densities (classes of any size)."""
    ax = _axes(ax, title or "Distribution by class")
    values, y = np.asarray(values, dtype=float), np.asarray(y)
    edges = np.histogram_bin_edges(values, bins=bins)
    for label in np.unique(y):
        ax.hist(values[y == label], bins=edges, density=True, alpha=0.5, label=f"class {label}")
    ax.set_ylabel("density")
    ax.legend()
    return ax


def search_scores(
    searches: dict[str, Sequence[tuple[float, float]]], *, ax: Axes | None = None
) -> Axes:
    """Cross-validated score against a log-scaled hyperparameter, one marker style per search.

    searches : ``name -> [(parameter value, mean CV score), ...]``.
    """
    ax = _axes(ax, "Cross-validated score of each candidate")
    for (name, points), marker in zip(searches.items(), "os^v", strict=False):
        values = np.asarray(points, dtype=float)
        ax.plot(values[:, 0], values[:, 1], marker, label=name, alpha=0.7)
    ax.set_xscale("log")
    ax.set_xlabel("C (inverse regularisation strength)")
    ax.set_ylabel("mean CV average precision")
    ax.legend()
    return ax
