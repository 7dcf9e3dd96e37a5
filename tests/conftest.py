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
