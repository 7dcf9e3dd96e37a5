"""What a practice question's test cell says when its visible checks pass.

``passed("pca")`` ends the visible part of a practice question's first test cell: the learner
reads that the visible checks passed (the hidden tests run when the question is graded).
"""

from __future__ import annotations


def passed(question: str) -> None:
    """Say that the visible checks of ``question`` passed."""
    print(f"Visible checks passed for `{question}`. Grade the question to run the hidden tests.")
