"""Multiple-choice answers: a quiz's dict of letters."""

from __future__ import annotations

from typing import Any

from mlinterview.checks.failures import NotAttempted, _fail, check_defined, describe


def check_choice(
    namespace: dict[str, Any], variable: str, question: str, choices: str = "abcd"
) -> str:
    """The learner's answer to ``question`` in the dict ``variable`` of ``namespace``.

    Returns it as one lower-case letter; fails as "not attempted" while it is still None, and
    clearly when the dict is missing or the answer is not one of ``choices``. Test cells then
    compare it with the key in their hidden part.
    """
    answers = check_defined(variable, namespace)
    if not isinstance(answers, dict):
        raise _fail(
            f"`{variable}` is {describe(answers)}; expected a dict like "
            f"{{{question!r}: {choices[0]!r}, ...}}."
        )
    if question not in answers:
        keys = ", ".join(repr(key) for key in answers)
        raise _fail(
            f"`{variable}` has no answer for {question!r} (its keys are {keys}); keep the keys "
            "as the template gives them and replace only the None values."
        )
    raw = answers[question]
    if raw is None:
        raise NotAttempted(
            f"`{variable}[{question!r}]` is not answered yet: replace None with a letter."
        )
    # str's own methods on a plain str: a str subclass cannot redefine == for the key check.
    answer = str.lower(str.strip(raw)) if isinstance(raw, str) else ""
    if len(answer) != 1 or answer not in choices:
        letters = ", ".join(choices)
        raise _fail(
            f"`{variable}[{question!r}]` is {describe(raw)}; expected one letter of {letters}."
        )
    return answer
