"""Clusterings compared with a reference, whatever numbers the learner gave the clusters."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlinterview.checks.values import (
    check_close,
    check_equal,
    check_finite,
    check_shape,
    check_true,
)


def match_clusters(centroids: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """``order`` such that ``centroids[order[j]]`` is the learner's centroid for ``expected[j]``.

    Cluster numbers are arbitrary, so results are compared after the one-to-one matching of
    centroids that minimises the total squared distance.
    """
    from scipy.optimize import linear_sum_assignment

    cost = ((expected[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1)
    _, order = linear_sum_assignment(cost)
    return order


def check_clusters(
    name: str,
    centroids: Any,
    labels: Any,
    expected_centroids: np.ndarray,
    expected_labels: np.ndarray,
    *,
    case: str,
    atol: float = 1e-6,
) -> None:
    """Check a clustering against a reference, up to renumbering the clusters.

    The learner's cluster ``order[j]`` must sit where the reference's cluster ``j`` sits and
    hold the same points.
    """
    expected_centroids = np.asarray(expected_centroids, dtype=float)
    expected_labels = np.asarray(expected_labels)
    centroids = check_finite(f"{name} centroids", centroids)
    centroids = check_shape(
        f"{name} centroids", centroids, expected_centroids.shape, "one row per cluster"
    ).astype(float)
    labels = check_shape(f"{name} labels", labels, expected_labels.shape, "one label per point")
    if labels.dtype.kind == "f" and np.all(np.isfinite(labels)) and np.all(labels == labels // 1):
        labels = labels.astype(int)
    k = len(expected_centroids)
    check_true(
        labels.dtype.kind in "iu" and bool(np.all((labels >= 0) & (labels < k))),
        f"`{name} labels` holds values other than the cluster numbers 0 .. {k - 1}.",
    )
    order = match_clusters(centroids, expected_centroids)
    check_close(
        f"{name} centroids (matched to the reference's, in any order)",
        centroids[order],
        expected_centroids,
        atol=atol,
        case=case,
    )
    renumber = np.empty(k, dtype=int)
    renumber[order] = np.arange(k)
    check_equal(
        f"{name} labels (renumbered to match the reference's clusters)",
        renumber[labels],
        expected_labels,
        case=case,
    )
