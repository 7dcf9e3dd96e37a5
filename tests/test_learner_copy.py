"""A lesson opens in JupyterLab without the unsaved-changes mark (issue 15 item 9).

When a notebook's kernel starts, JupyterLab writes ``metadata.kernelspec`` (the kernel's spec)
and ``metadata.language_info`` (the kernel's info reply, with this Python's exact version) into
the open notebook; if they differ from what the file holds, the tab shows the unsaved-changes
dot before the learner typed anything. nbgrader writes release/ with ``language_info`` reduced to
``{"name": "python"}``, so the learner's copy in notebooks/ is given the kernel's values when
``mlinterview setup`` makes it (a mock's stage: when ``mlinterview mock start`` or a reveal
writes it).
"""

from __future__ import annotations

import shutil

import pytest
from course_harness import REPO, notebook_keys, read_notebook
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import start_new_kernel

from mlinterview import mock
from mlinterview.course import copy_missing_lessons

LESSONS = notebook_keys()  # assignment/notebook: a practice set has one per question
#: The kernel every lesson declares (COURSE_DESIGN.md).
KERNEL_NAME = "python3"


@pytest.fixture(scope="module")
def kernel_info() -> dict:
    """The info reply of a real ``python3`` kernel: what JupyterLab copies into a notebook."""
    manager, client = start_new_kernel(kernel_name=KERNEL_NAME)
    try:
        return client.kernel_info(reply=True, timeout=60)["content"]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


@pytest.fixture(scope="module")
def learner_copies(tmp_path_factory):
    root = tmp_path_factory.mktemp("learner")
    shutil.copytree(REPO / "release", root / "release")
    copy_missing_lessons(root)
    for sealed in sorted((root / "release").glob(f"*/{mock.SEAL_FILE}")):
        folder = root / "notebooks" / sealed.parent.name  # every stage, as a learner reaches it
        mock.start(folder, sealed, "learner")
        while mock.reveal_next(folder, "moved on")[1]:
            pass
    return root / "notebooks"


def _spec() -> dict:
    spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    return {"display_name": spec.display_name, "language": spec.language, "name": KERNEL_NAME}


@pytest.mark.parametrize("lesson", LESSONS)
def test_release_declares_the_installed_kernel(lesson):
    """What JupyterLab writes as ``kernelspec`` is what release/ already says."""
    release = read_notebook(REPO / "release", lesson)
    assert release.metadata.kernelspec == _spec()


@pytest.mark.parametrize("lesson", LESSONS)
def test_learner_copy_holds_what_jupyterlab_writes(lesson, learner_copies, kernel_info):
    mine = read_notebook(learner_copies, lesson)
    assert mine.metadata.language_info == kernel_info["language_info"], (
        "JupyterLab would rewrite language_info on opening: the tab would show unsaved changes"
    )
    assert mine.metadata.kernelspec == _spec()


@pytest.mark.parametrize("lesson", LESSONS)
def test_learner_copy_is_the_release_otherwise(lesson, learner_copies):
    mine = read_notebook(learner_copies, lesson)
    release = read_notebook(REPO / "release", lesson)
    for notebook in (mine, release):
        del notebook.metadata["language_info"]
    stage = mock.stage_metadata(release)
    if stage is not None:
        del stage["hints"]  # a mock's hints stay in its seal: `checks.hint` reads them there
    assert mine == release
