"""mlinterview.checks.frequencies: random draws by their frequencies."""

from __future__ import annotations

import pytest

from mlinterview import checks


def message(excinfo) -> str:
    return str(excinfo.value)


def test_frequencies_pass_a_fair_sample_and_name_the_closest_mistake():
    expected = {"a": 0.5, "b": 0.3, "c": 0.2}
    checks.check_frequencies(
        "draw", {"a": 505, "b": 296, "c": 199}, expected, max_distance=0.05, case="c"
    )
    uniform = {"a": 1 / 3, "b": 1 / 3, "c": 1 / 3}
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_frequencies(
            "draw",
            {"a": 330, "b": 340, "c": 330},
            expected,
            max_distance=0.05,
            case="three outcomes",
            mistakes={"that is uniform.": uniform},
        )
    text = message(excinfo)
    assert "over 1000 seeds on three outcomes" in text and "Hint: that is uniform." in text
    with pytest.raises(checks.CheckFailure) as excinfo:
        checks.check_frequencies(
            "draw",
            {"a": 1000, "b": 0, "c": 0},
            expected,
            max_distance=0.05,
            case="c",
            mistakes={"that is uniform.": uniform},
        )
    assert "Hint" not in message(excinfo)  # far from the mistake too: no hint
