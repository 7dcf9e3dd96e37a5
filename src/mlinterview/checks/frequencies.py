"""Random draws checked by their frequencies over many seeds, not by particular draws."""

from __future__ import annotations

from typing import Any

from mlinterview.checks.failures import _fail


def total_variation(observed: dict[Any, int], expected: dict[Any, float]) -> float:
    """Half the L1 distance between observed frequencies and expected probabilities."""
    total = sum(observed.values())
    keys = set(observed) | set(expected)
    return 0.5 * sum(abs(observed.get(key, 0) / total - expected.get(key, 0.0)) for key in keys)


def check_frequencies(
    name: str,
    observed: dict[Any, int],
    expected: dict[Any, float],
    *,
    max_distance: float,
    case: str,
    mistakes: dict[str, dict[Any, float]] | None = None,
) -> None:
    """Check that outcomes drawn over many seeds follow the ``expected`` probabilities.

    ``max_distance`` bounds the total variation distance; choose it many standard deviations
    above what a right answer shows with that many draws, so a right answer never fails.
    ``mistakes`` maps a hint to the distribution a known mistake draws from; the hint of the
    closest one is shown when the observed frequencies are as close to it as a right answer's
    are to the truth (within ``max_distance``), so a hint names only a mistake that fits.
    """
    distance = total_variation(observed, expected)
    if distance <= max_distance:
        return
    hint = None
    if mistakes:
        text, wrong = min(mistakes.items(), key=lambda item: total_variation(observed, item[1]))
        if total_variation(observed, wrong) <= max_distance:
            hint = text
    draws = sum(observed.values())
    raise _fail(
        f"`{name}` drew outcomes with frequencies far from the expected probabilities over "
        f"{draws} seeds on {case}: they differ by {distance:.2f} in total variation (a right "
        f"answer stays below {max_distance:g}).",
        hint,
    )
