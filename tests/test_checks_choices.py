"""mlinterview.checks.choices: multiple-choice answers."""

from __future__ import annotations

import pytest

from mlinterview import checks


def test_choice_normalises_and_explains():
    namespace = {"quiz_answers": {"q1": " B ", "q2": None, "q3": "b)", "q4": "e"}}
    assert checks.check_choice(namespace, "quiz_answers", "q1") == "b"
    with pytest.raises(checks.NotAttempted, match=r"\['q2'\]` is not answered yet"):
        checks.check_choice(namespace, "quiz_answers", "q2")
    for question in ("q3", "q4"):
        with pytest.raises(checks.CheckFailure, match="expected one letter of a, b, c, d"):
            checks.check_choice(namespace, "quiz_answers", question)
    with pytest.raises(checks.NotAttempted, match="not defined yet"):
        checks.check_choice({}, "quiz_answers", "q1")
    with pytest.raises(checks.CheckFailure, match="expected a dict like"):
        checks.check_choice({"quiz_answers": ["b"]}, "quiz_answers", "q1")
    with pytest.raises(checks.CheckFailure, match="has no answer for 'q1'.*keep the keys"):
        checks.check_choice({"quiz_answers": {"Q1": "b"}}, "quiz_answers", "q1")


def test_choice_cannot_be_fooled_by_a_str_subclass():
    class AlwaysEqual(str):
        def __eq__(self, other):
            return True

        __hash__ = str.__hash__

        def strip(self, *args):
            return self

        def lower(self):
            return self

    answer = checks.check_choice({"quiz": {"q1": AlwaysEqual(" A ")}}, "quiz", "q1")
    assert type(answer) is str and answer == "a" and answer != "b"
