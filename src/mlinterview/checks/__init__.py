"""Learner-facing checks used by every test cell of the course.

Each check raises :class:`CheckFailure` (a subclass of ``AssertionError``, so nbgrader scores it
as a failed test) with a message a learner can act on: what was expected, what came back and
where to look. Messages never print a whole expected array, so hidden cases stay hidden.

Tolerances are stated once (``RTOL``, ``ATOL`` in :mod:`.failures`); no check compares floats
exactly. Test cells write ``from mlinterview import checks`` and ``checks.check_close(...)``; the
checks live in these modules and are all re-exported here:

- ``failures``: ``CheckFailure``, ``NotAttempted``, hints, ``describe``, ``call``,
  ``check_raises``, ``check_defined``;
- ``values``: a returned value's type, shape, dtype and entries (``check_close``, ...);
- ``tracing``: what the code does while it runs (``check_no_python_loop``,
  ``check_from_scratch``), watched through Python's tracer and profiler;
- ``tensors``: PyTorch's tensors, gradients, modes and optimizer steps (lesson 05; imports
  PyTorch only when a check runs);
- ``gradients``, ``clusters``, ``frequencies``, ``speed``, ``choices``, ``plots``: the checks of
  one kind of exercise each;
- ``learner_mode``: in a learner's kernel, importing the checks makes a not-attempted exercise
  one friendly line (Run All goes on) and a failed check its message without the checks'
  frames; a grading kernel is left as nbgrader expects.

``mlinterview.integrity`` watches every one of these modules: before each test cell the grader
puts back whatever an answer changed in any of them.
"""

from __future__ import annotations

from mlinterview.checks.choices import check_choice
from mlinterview.checks.clusters import check_clusters, match_clusters
from mlinterview.checks.failures import (
    ATOL,
    RTOL,
    CheckFailure,
    Hint,
    MissingDependency,
    NotAttempted,
    call,
    check_defined,
    check_raises,
    describe,
    hint_if_close,
)
from mlinterview.checks.frequencies import check_frequencies, total_variation
from mlinterview.checks.gradients import numerical_gradient
from mlinterview.checks.learner_mode import (
    GRADING_ENV,
    NOT_ATTEMPTED_MARK,
    failed_cells,
    grading,
    install,
    is_not_attempted,
    not_attempted_text,
)
from mlinterview.checks.plots import bars, check_axes, check_bars
from mlinterview.checks.practice import hint, note_answer_ran, passed
from mlinterview.checks.speed import FAST_ENOUGH_SECONDS, MAX_SLOWDOWN, check_growth, check_speed
from mlinterview.checks.tensors import (
    ForwardLog,
    StepLog,
    as_numpy,
    autograd_calls,
    calls_to,
    check_float,
    check_gradcheck,
    check_tensor,
    check_tensor_close,
    require_torch,
)
from mlinterview.checks.tracing import check_from_scratch, check_no_python_loop, most_repeated_step
from mlinterview.checks.values import (
    as_array,
    check_close,
    check_dtype_kind,
    check_equal,
    check_finite,
    check_shape,
    check_true,
    check_tuple,
    check_unchanged,
)

__all__ = [
    # failures and hints
    "ATOL",
    "RTOL",
    "CheckFailure",
    "Hint",
    "MissingDependency",
    "NotAttempted",
    "call",
    "check_defined",
    "check_raises",
    "describe",
    "hint_if_close",
    # values
    "as_array",
    "check_close",
    "check_dtype_kind",
    "check_equal",
    "check_finite",
    "check_shape",
    "check_true",
    "check_tuple",
    "check_unchanged",
    # behaviour: loops and libraries
    "check_from_scratch",
    "check_no_python_loop",
    "most_repeated_step",
    # domains
    "numerical_gradient",
    "check_clusters",
    "match_clusters",
    "check_frequencies",
    "total_variation",
    "FAST_ENOUGH_SECONDS",
    "MAX_SLOWDOWN",
    "check_speed",
    "check_growth",
    "check_choice",
    "bars",
    "check_axes",
    "check_bars",
    # PyTorch (lesson 05)
    "ForwardLog",
    "StepLog",
    "as_numpy",
    "autograd_calls",
    "calls_to",
    "check_float",
    "check_gradcheck",
    "check_tensor",
    "check_tensor_close",
    "require_torch",
    # practice questions
    "hint",
    "note_answer_ran",
    "passed",
    # the learner's kernel and the grading kernel
    "GRADING_ENV",
    "NOT_ATTEMPTED_MARK",
    "failed_cells",
    "grading",
    "install",
    "is_not_attempted",
    "not_attempted_text",
]

install()  # the learner's hooks; nothing in a grading kernel (learner_mode)
