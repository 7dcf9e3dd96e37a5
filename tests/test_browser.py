"""A learner's session in a real browser: headless Chromium (Debian's package) driven by
Playwright, against JupyterLab started by `mlinterview lab` (what `make lab` runs) in a scratch
course on loopback.

The learner opens lesson 01 (the tab is not marked changed), runs all cells (every untouched
exercise says "not attempted" in one line; no traceback, and Run All reaches the last cell),
writes one right answer and one wrong one, presses Grade, and reads the band and the wrong
answer's failed check in the report panel beside the notebook. Screenshots of each step land in
the test's temporary folder.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
from course_harness import make_scratch_course

from mlinterview import regions

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.course,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="no Chromium: install Debian's `chromium` package (.ci/run does) to run the "
        "browser test",
    ),
]

LESSON = "01-interview-framework"
MOCK = "mock-regression-tree"
TOKEN = "browser-test"
RIGHT_STANDARDIZE = """def standardize(X):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    constant = np.all(X == X[0], axis=0)
    std = np.where(constant, 0.0, X.std(axis=0))
    X_std = np.where(constant, 0.0, (X - mean) / np.where(constant, 1.0, std))
    return X_std, mean, std
"""
# Exponentiates without subtracting the maximum and sums over every entry, not along `axis`.
WRONG_SOFTMAX = """def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z)
    return e / e.sum()
"""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab as `make lab` starts it, in a scratch course; its URL, stopped after."""
    course = make_scratch_course(tmp_path_factory.mktemp("course"), recorded=[LESSON])
    port = _free_port()
    command = [sys.executable, "-m", "mlinterview.cli", "lab", f"--port={port}"]
    log = open(course / "lab.log", "w")  # noqa: SIM115 (closed below)
    # The learner's own JupyterLab layout and settings stay out of the test, and the test's
    # out of theirs.
    env = {
        **os.environ,
        "JUPYTERLAB_WORKSPACES_DIR": str(course / "lab-workspaces"),
        "JUPYTERLAB_SETTINGS_DIR": str(course / "lab-settings"),
    }
    server = subprocess.Popen(
        [*command, f"--token={TOKEN}"],
        cwd=course,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=2)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        "JupyterLab did not start:\n" + (course / "lab.log").read_text()
                    ) from None
                time.sleep(0.3)
        yield course, url
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()


@pytest.fixture(scope="module")
def page(lab):
    playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        yield page
        browser.close()


def _notebook(page):
    """The notebook in view (another may be open in a hidden tab)."""
    return page.locator(".jp-NotebookPanel").filter(visible=True)


def _code_cells(page):
    return _notebook(page).locator(".jp-Notebook .jp-CodeCell")


def _wait_until_all_ran(page, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        prompts = page.locator(".jp-Notebook .jp-CodeCell .jp-InputPrompt").all_text_contents()
        if prompts and all(p.strip() not in ("[ ]:", "[*]:", "") for p in prompts):
            return
        time.sleep(0.5)
    page.screenshot(path=Path(os.environ.get("TMPDIR", "/tmp")) / "not-all-ran.png")
    raise AssertionError(f"not every cell ran: prompts {prompts}")


def _find_cell(page, text: str):
    """The code cell showing ``text``, scrolling the notebook from the top until JupyterLab
    renders it (it renders only the cells near the view)."""
    scroller = _notebook(page).locator(
        ".jp-Notebook.jp-WindowedPanel-outer, .jp-Notebook .jp-WindowedPanel-outer"
    )
    scroller.evaluate("node => { node.scrollTop = 0; }")
    for _ in range(200):
        cell = _code_cells(page).filter(has_text=text)
        if cell.count():
            cell.first.scroll_into_view_if_needed()
            return cell.first
        scroller.evaluate("node => { node.scrollTop += 400; }")
        page.wait_for_timeout(100)
    raise AssertionError(f"no code cell shows {text!r}")


def _replace_answer(page, starts_with: str, code: str) -> None:
    """Put ``code`` in the code cell whose source starts with ``starts_with``, as a learner
    pasting it (no auto-indent), and run it."""
    cell = _find_cell(page, starts_with)
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(code)
    page.keyboard.press("Shift+Enter")


def test_a_learner_runs_all_writes_answers_and_grades_from_the_notebook(lab, page, tmp_path):
    course, url = lab
    shots = tmp_path
    notebook = f"notebooks/{LESSON}/{LESSON}.ipynb"
    page.goto(f"{url}/lab/tree/{notebook}?token={TOKEN}")
    page.wait_for_selector(".jp-Notebook .jp-CodeCell", timeout=60_000)
    # The kernel is ready when the status bar says so (the toolbar's indicator says "idle"
    # before the kernel has even started).
    page.get_by_text(re.compile(r"Python 3 \(ipykernel\) \| Idle")).wait_for(timeout=60_000)
    page.screenshot(path=shots / "1-opened.png")
    # Opened, kernel connected, nothing edited: the tab is not marked as changed.
    page.wait_for_timeout(1000)
    tab = page.locator(".lm-TabBar-tab", has_text=f"{LESSON}.ipynb").first
    assert "jp-mod-dirty" not in (tab.get_attribute("class") or "")

    # Run All: every cell runs, the stubs say "not attempted" without a traceback.
    page.get_by_text("Run", exact=True).first.click()
    page.get_by_text("Run All Cells", exact=True).click()
    _wait_until_all_ran(page)
    page.screenshot(path=shots / "2-ran-all.png")
    errors = page.locator("[data-mime-type='application/vnd.jupyter.stderr']")
    assert errors.count() == 0, errors.all_inner_texts()[:3]
    assert page.get_by_text("is not attempted yet").count() >= 5

    # One right answer, one wrong one.
    _replace_answer(page, "def standardize(X):", RIGHT_STANDARDIZE)
    _replace_answer(page, "def softmax(z, axis=-1):", WRONG_SOFTMAX)
    page.screenshot(path=shots / "3-answers.png")

    # Grade: progress, then the report beside the notebook.
    page.locator(".mlinterview-grade-button").first.click()
    band = page.locator(".mlinterview-report .mlinterview-band")
    band.wait_for(timeout=120_000)
    page.screenshot(path=shots / "4-report.png")
    assert "Band:" in band.inner_text()
    failed = page.locator(".mlinterview-report .mlinterview-failed")
    softmax_failures = failed.locator("li", has_text="test_softmax")
    assert softmax_failures.count() >= 1
    messages = softmax_failures.locator(".mlinterview-message").all_inner_texts()
    assert any("softmax" in m for m in messages), messages
    assert failed.locator("li", has_text="test_standardize").count() == 0
    passed = page.locator(".mlinterview-report .mlinterview-passed li", has_text="test_standardize")
    assert passed.count() == 3
    # The learner's copy was only read; the graded copy is nbgrader's.
    assert (course / "submitted" / "learner" / LESSON / f"{LESSON}.ipynb").is_file()
    print(f"screenshots: {shots}")


def test_a_practice_question_hint_grade_and_solution(lab, page, tmp_path):
    """A practice question from its notebook: a hint, Grade (that question alone; the report
    names the hint's cost), then Solution shows the reference beside it."""
    course, url = lab
    notebook = "notebooks/practice-ml-algorithms/ridge_closed_form.ipynb"
    page.goto(f"{url}/lab/tree/{notebook}?token={TOKEN}")
    page.get_by_text(re.compile(r"Python 3 \(ipykernel\) \| Idle")).wait_for(timeout=60_000)
    solution = page.locator(".mlinterview-solution-button").last
    solution.click()  # before any grading: refused, saying how to grade
    refusal = page.locator(".mlinterview-report", has_text="No reference to show").last
    refusal.wait_for(timeout=30_000)
    assert "--question ridge_closed_form" in refusal.inner_text()

    setup = _find_cell(page, "from mlinterview import checks")
    setup.locator(".cm-content").click()
    page.keyboard.press("Control+End")
    page.keyboard.insert_text('\nchecks.hint("ridge_closed_form")')
    page.keyboard.press("Shift+Enter")
    page.get_by_text("Hint 1 of 3").wait_for(timeout=30_000)

    _notebook(page).locator(".mlinterview-grade-button").click()
    band = page.locator(".mlinterview-report .mlinterview-band").last
    band.wait_for(timeout=120_000)
    panel = page.locator(".mlinterview-report").last.inner_text()
    assert "practice-ml-algorithms · ridge_closed_form" in panel
    assert "1 hint(s) used" in panel  # the hint left in the notebook costs nothing more
    solution.click()
    page.locator(".mlinterview-report .mlinterview-solution").last.wait_for(timeout=30_000)
    page.screenshot(path=tmp_path / "5-practice-solution.png")
    reference = page.locator(".mlinterview-report .mlinterview-solution").last.inner_text()
    assert "def ridge_closed_form(" in reference
    print(f"screenshot: {tmp_path}")


def _solution_of(course: Path, mock_name: str, stage: int) -> str:
    """A stage's reference answer, as a learner who solved it types it."""
    notebook = nbformat.read(course / "source" / mock_name / f"stage{stage}.ipynb", 4)
    cell = next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("solution"))
    return regions.without_markers(cell.source)


def test_a_mock_interview_clock_reveal_and_debrief(lab, page, tmp_path):
    """The round in JupyterLab: started from the command palette, the clock in the status bar,
    stage 1's visible checks passing in the learner's kernel open stage 2 (a new file: no
    "file changed" dialog), the clock survives a reload, Grade asks, then the debrief."""
    course, url = lab
    page.goto(f"{url}/lab?token={TOKEN}")
    page.wait_for_selector(".jp-LabShell", timeout=60_000)
    page.keyboard.press("Control+Shift+C")
    page.keyboard.insert_text("Start a mock interview")
    page.keyboard.press("Enter")
    clock = page.locator(".mlinterview-clock")
    clock.filter(has_text="stage 1 of 3").wait_for(timeout=30_000)
    assert re.search(r"Mock · Regression tree · stage 1 of 3 · 4[45]:\d\d left", clock.inner_text())
    page.get_by_text(re.compile(r"Python 3 \(ipykernel\) \| Idle")).wait_for(timeout=60_000)
    page.screenshot(path=tmp_path / "6-mock-started.png")

    _replace_answer(page, "def best_split(", _solution_of(course, MOCK, 1))
    page.get_by_text("Run", exact=True).first.click()
    page.get_by_text("Run All Cells", exact=True).click()
    # The last visible check passes in the kernel, which reveals stage 2; the clock opens it.
    stage2_tab = page.locator(".lm-TabBar-tab", has_text="stage2.ipynb")
    stage2_tab.first.wait_for(timeout=60_000)
    clock.filter(has_text="stage 2 of 3").wait_for(timeout=30_000)
    page.wait_for_timeout(1500)
    page.screenshot(path=tmp_path / "7-mock-stage2.png")
    assert page.locator(".jp-Dialog").count() == 0, page.locator(".jp-Dialog").all_inner_texts()
    stage1_tab = page.locator(".lm-TabBar-tab", has_text="stage1.ipynb").first
    assert "jp-mod-dirty" not in (stage1_tab.get_attribute("class") or "")  # saved first
    assert (course / "notebooks" / MOCK / "stage2.ipynb").is_file()
    assert not (course / "notebooks" / MOCK / "stage3.ipynb").exists()

    page.reload()
    clock.filter(has_text="stage 2 of 3").wait_for(timeout=60_000)

    page.locator(".lm-TabBar-tab", has_text="stage2.ipynb").first.click()
    _notebook(page).locator(".mlinterview-grade-button").click()
    page.locator(".jp-Dialog", has_text="submits it").wait_for(timeout=10_000)
    page.get_by_role("button", name="Submit").click()
    time_line = page.locator(".mlinterview-report .mlinterview-timeline").last
    time_line.wait_for(timeout=180_000)
    page.screenshot(path=tmp_path / "8-mock-debrief.png")
    text = page.locator(".mlinterview-report").last.inner_text()
    assert "Stage 2 revealed (stage 1's visible checks passed)" in text
    assert "not reached" in text and "Debrief: attempt 1" in text
    assert clock.is_hidden()  # submitted: the clock is gone
    print(f"screenshots: {tmp_path}")
