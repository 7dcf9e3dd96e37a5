"""course.gradebook_lock: one process at a time records lessons in a SQLite gradebook (the
PostgreSQL lock is proved by two graders at once in test_postgres.py)."""

from __future__ import annotations

import shutil
import threading

import pytest
from course_harness import REPO

from mlinterview.course import gradebook_lock

pytest.importorskip("fcntl", reason="no file locks on Windows: the lock is a no-op there")


def test_a_second_holder_waits_for_the_first(tmp_path):
    shutil.copy2(REPO / "nbgrader_config.py", tmp_path)
    events: list[str] = []
    first_holds, second_tried = threading.Event(), threading.Event()

    def second() -> None:
        first_holds.wait()
        second_tried.set()
        with gradebook_lock(tmp_path):  # flock: a new open file description, so it waits
            events.append("second holds")

    thread = threading.Thread(target=second)
    thread.start()
    with gradebook_lock(tmp_path):
        first_holds.set()
        second_tried.wait()
        thread.join(timeout=0.5)  # it cannot finish while this holds the lock
        events.append("first releases")
    thread.join()
    assert events == ["first releases", "second holds"]
    assert (tmp_path / "gradebook.db.lock").exists()
