"""Helpers for the ML coding interview course: checks, rubric, grading and reports."""

__version__ = "0.1.0"
