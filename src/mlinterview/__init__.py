"""Helpers for the ML coding interview course: checks, rubric, grading and reports.

Grading is a pipeline, one module per stage, data flowing one way:

    submit -> inspection -> autograde -> record -> report -> report_html, feedback (write)

``grading`` (a learner grades a lesson), ``classroom`` (an instructor grades a class) and
``cli`` run it; ``restore`` puts test cells a learner deleted back into their notebook. The
foundation modules (course, rubric, regions, checks, plots, data, and the grading sandbox:
integrity, memory_limit, grading_kernel, sanitize) import no stage, and a stage imports only
stages before its own: ``tests/test_architecture.py`` enforces the order.
"""

__version__ = "0.1.0"
