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
# `make test` runs `pytest -n 2 --dist loadscope --no-loadscope-reorder`: each module (each
# class, for tests in classes) is one unit of work that one worker runs, so its module- and
# class-scoped fixtures (a class run, a variant sheet) are built once. Units are handed out in
# the order below, longest first (the classic longest-processing-time rule), so that no worker
# is left with a long one at the end while the other waits.

#: Seconds of worker time of the long units, measured on a quiet 2-core machine (README).
UNIT_SECONDS = {
    "test_hostile.py": 140,
    "test_grading.py": 165,
    "test_variants.py::TestVariants_03_case_study": 115,
    "test_release.py": 95,
    "test_classroom.py": 90,
    "test_variants.py::TestVariants_02_algorithms_from_scratch": 90,
    "test_variants.py::TestVariants_practice_ml_algorithms": 60,
    "test_variants.py::TestVariants_practice_dl_operations": 70,
    "test_variants.py::TestVariants_practice_evaluation_data": 60,
    "test_instructor_loop.py": 77,
    "test_mock.py": 70,
    "test_postgres.py": 55,
    "test_sandbox.py": 45,
    "test_jupyterhub.py": 45,
    "test_variants.py::TestVariants_mock_regression_tree": 50,
    "test_variants.py::TestVariants_mock_transformer_decoder": 25,
    "test_variants.py::TestVariants_mock_recommender": 25,
    "test_variants.py::TestVariants_mock_mlp_from_scratch": 60,
    "test_variants.py::TestVariants_mock_delivery_times": 98,
    "test_variants.py::TestVariants_mock_churn": 93,
    "test_oracles_mock_delivery_times.py": 27,
    "test_variants.py::TestVariants_05_pytorch": 50,
    "test_speed_under_load.py": 30,
    "test_browser.py": 95,
    "test_labextension.py": 30,
    "test_variants.py::TestVariants_04_ml_operations": 21,
    "test_variants.py::TestVariants_01_interview_framework": 13,
}


def _unit(item) -> str:
    """What pytest-xdist's loadscope treats as one unit: the test's class, else its module."""
    module = item.nodeid.split("::")[0].rsplit("/", 1)[-1]
    return f"{module}::{item.cls.__name__}" if item.cls is not None else module


def pytest_collection_modifyitems(config, items):
    position = {id(item): index for index, item in enumerate(items)}

    def order(item):
        unit = _unit(item)
        default = 10.0 if item.get_closest_marker("course") else 0.1
        return (-UNIT_SECONDS.get(unit, default), unit, position[id(item)])

    items.sort(key=order)
