"""mlinterview.checks.clusters: clusterings up to renumbering."""

from __future__ import annotations

import numpy as np
import pytest

from mlinterview import checks


def test_clusters_match_in_any_order():
    expected_centroids = np.array([[0.0, 0.0], [5.0, 5.0], [9.0, 0.0]])
    expected_labels = np.array([0, 0, 1, 2, 2])
    order = [2, 0, 1]  # the learner's cluster 0 is the reference's cluster 2, ...
    centroids = expected_centroids[order]
    labels = np.array([1, 1, 2, 0, 0])
    checks.check_clusters(
        "kmeans", centroids, labels, expected_centroids, expected_labels, case="c"
    )
    checks.check_clusters(
        "kmeans", centroids, labels.astype(float), expected_centroids, expected_labels, case="c"
    )
    with pytest.raises(checks.CheckFailure, match="labels .renumbered"):
        checks.check_clusters(
            "kmeans",
            centroids,
            np.array([1, 2, 2, 0, 0]),
            expected_centroids,
            expected_labels,
            case="c",
        )
    with pytest.raises(checks.CheckFailure, match="centroids .matched"):
        checks.check_clusters(
            "kmeans", centroids + 0.1, labels, expected_centroids, expected_labels, case="c"
        )
    with pytest.raises(checks.CheckFailure, match="other than the cluster numbers 0 .. 2"):
        checks.check_clusters(
            "kmeans", centroids, labels + 1, expected_centroids, expected_labels, case="c"
        )
    with pytest.raises(checks.CheckFailure, match="NaN"):
        checks.check_clusters(
            "kmeans", centroids * np.nan, labels, expected_centroids, expected_labels, case="c"
        )
