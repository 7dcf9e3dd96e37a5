"""Plots: the Axes a plotting function returns, and the bars drawn on it."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlinterview.checks.failures import ATOL, RTOL, _fail, describe


def check_axes(name: str, value: Any) -> Any:
    """Check a plotting function returned a matplotlib ``Axes``; returns it."""
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    if isinstance(value, Axes):
        return value
    if isinstance(value, Figure):
        raise _fail(
            f"`{name}` returned a Figure; expected the Axes it drew on "
            "(the `ax` of `fig, ax = plt.subplots()`)."
        )
    raise _fail(f"`{name}` returned {describe(value)}; expected a matplotlib Axes.")


def bars(ax: Any) -> list[tuple[str, float]]:
    """``(tick label, height)`` of each vertical bar of ``ax``, in order along the x axis.

    A bar's label is the x tick label at its centre, what a reader of the plot sees ("" when no
    tick sits there). The figure is drawn first: matplotlib fills tick labels in at draw time.
    """
    from matplotlib.patches import Rectangle

    ax.figure.canvas.draw()
    ticks = np.asarray(ax.get_xticks(), dtype=float)
    texts = [label.get_text() for label in ax.get_xticklabels()]
    found = []
    for patch in ax.patches:
        if not isinstance(patch, Rectangle) or patch.get_width() <= 0:
            continue
        centre = patch.get_x() + patch.get_width() / 2
        label = ""
        if ticks.size:
            nearest = int(np.argmin(np.abs(ticks - centre)))
            if abs(ticks[nearest] - centre) <= patch.get_width() / 2 and nearest < len(texts):
                label = texts[nearest].replace("\u2212", "-")  # matplotlib's minus sign
        found.append((centre, label, float(patch.get_height())))
    return [(label, height) for _, label, height in sorted(found)]


def check_bars(
    name: str,
    ax: Any,
    expected: dict[str, float],
    *,
    case: str,
    per: str = "class",
    height: str = "the number of rows of that class",
) -> None:
    """Check ``ax`` shows one vertical bar per key of ``expected``, labelled with the key (its
    x tick label) and as tall as its value, in any order. ``per`` names what a bar stands for
    and ``height`` what its height is, in the messages (a class and its count by default; a
    level and its churn rate, say)."""
    drawn = bars(ax)
    if len(drawn) != len(expected):
        raise _fail(
            f"`{name}` drew {len(drawn)} bar(s) on {case}; expected {len(expected)}, one per {per}."
        )
    heights = dict(drawn)
    missing = [label for label in expected if label not in heights]
    if missing or len(heights) != len(drawn):
        shown = ", ".join(repr(label) for label, _ in drawn)
        y_labels = {label.get_text() for label in ax.get_yticklabels()}
        horizontal = set(expected) <= y_labels
        raise _fail(
            f"`{name}`'s bars are labelled {shown} on {case}; expected the {per} labels "
            f"{', '.join(repr(label) for label in expected)} as their x tick labels.",
            "these are horizontal bars (barh); the task asks for vertical ones (ax.bar)."
            if horizontal
            else None,
        )
    for label, value in expected.items():
        if not np.isclose(heights[label], value, rtol=RTOL, atol=ATOL):
            raise _fail(
                f"`{name}`'s bar {label!r} is {heights[label]:g} high on {case}; expected "
                f"{value:g}, {height}."
            )
