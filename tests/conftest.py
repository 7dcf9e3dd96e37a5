from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
# tools/busy_cores.py: the tests that grade under load start its spinning processes.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from course_harness import make_scratch_course  # noqa: E402

# nbgrader runs helper programs (alembic, the kernel) by name: use this environment's.
os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")


@pytest.fixture(scope="session")
def course(tmp_path_factory) -> Path:
    """A scratch copy of the course with its gradebook ready (one per test worker)."""
    return make_scratch_course(tmp_path_factory.mktemp("course"))


# --- Spreading the suite over the workers ---------------------------------------------------
# `make test` runs `pytest -n 2 --dist loadgroup --no-loadscope-reorder`: a test is its own unit
# of work unless it shares an expensive module- or class-scoped fixture (a class run, a variant
# sheet), whose tests form one group (one worker grades it once). Units are handed out in the
# order below, longest first, so that no worker is left with a long one at the end.

#: Seconds of worker time of the long groups (and tests), measured on a quiet 2-core machine.
GROUP_SECONDS = {
    "test_hostile.py": 150,
    "test_variants.py::TestVariants_03_case_study": 115,
    "test_variants.py::TestVariants_02_algorithms_from_scratch": 90,
    "test_classroom.py": 90,
    "test_instructor_loop.py": 77,
    "test_speed_under_load.py": 40,
    "test_variants.py::TestVariants_04_ml_operations": 21,
    "test_variants.py::TestVariants_01_interview_framework": 13,
    "test_grading.py::test_cli_grades_the_learner_copy": 40,
}


def _shared_scope(item) -> str | None:
    """The module or class whose fixture this test shares with others, if any."""
    definitions = item._fixtureinfo.name2fixturedefs.values()
    scopes = {d[-1].scope for d in definitions if d}
    module = item.nodeid.split("::")[0].rsplit("/", 1)[-1]
    if "class" in scopes and item.cls is not None:
        return f"{module}::{item.cls.__name__}"
    if "module" in scopes:
        return module
    return None


def _seconds(item) -> float:
    group = _shared_scope(item)
    if group in GROUP_SECONDS:
        return GROUP_SECONDS[group]
    name = item.nodeid.split("/")[-1].split("[")[0]
    if name in GROUP_SECONDS:
        return GROUP_SECONDS[name]
    return 10.0 if item.get_closest_marker("course") else 0.1


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        group = _shared_scope(item)
        if group is not None:
            item.add_marker(pytest.mark.xdist_group(group))
    # Longest first; a group's tests stay together, in their own order.
    position = {id(item): index for index, item in enumerate(items)}
    items.sort(key=lambda item: (-_seconds(item), _shared_scope(item) or "", position[id(item)]))
