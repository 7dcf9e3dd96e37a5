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

import datetime as dt
import json
import math
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
BROWSER_MOCKS = ("mock-regression-tree", "mock-transformer-decoder")
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
    # Two mocks only, the two the tests play: once both are done, "Start a mock interview"
    # picks one done before (the second-attempt scenario below).
    for folder in [*course.glob("source/mock-*"), *course.glob("release/mock-*")]:
        if folder.name not in BROWSER_MOCKS:
            shutil.rmtree(folder)
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


def _focus_editor(page, cell) -> None:
    """Click into ``cell``'s editor until it has the keyboard. On a loaded machine JupyterLab may
    still be laying out a panel it just opened, and the click lands beside the cell; typing then
    would go to another cell."""
    editor = cell.locator(".cm-editor")
    for _ in range(10):
        cell.scroll_into_view_if_needed()
        cell.locator(".cm-content").click()
        if "cm-focused" in (editor.get_attribute("class") or ""):
            return
        page.wait_for_timeout(500)
    raise AssertionError("the cell's editor never took the keyboard")


def _append_to_cell(page, starts_with: str, text: str):
    """Type ``text`` at the end of the code cell showing ``starts_with``; the cell, after
    checking that the text is in it."""
    cell = _find_cell(page, starts_with)
    _focus_editor(page, cell)
    page.keyboard.press("Control+End")
    page.keyboard.insert_text(text)
    assert text.strip() in cell.locator(".cm-content").inner_text()
    return cell


def _replace_answer(page, starts_with: str, code: str) -> None:
    """Put ``code`` in the code cell whose source starts with ``starts_with``, as a learner
    pasting it (no auto-indent), and run it."""
    cell = _find_cell(page, starts_with)
    _focus_editor(page, cell)
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

    _append_to_cell(page, "from mlinterview import checks", '\nchecks.hint("ridge_closed_form")')
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


def _run_command(page, label: str) -> None:
    """Run a command from JupyterLab's command palette, opened from the View menu as a learner
    may. Right after a load JupyterLab may still be restoring its layout, which closes the
    palette under the test (and takes the Ctrl+Shift+C shortcut's keyboard): then try again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    search = page.locator(".lm-CommandPalette-input").filter(visible=True)
    for attempt in range(5):
        try:
            page.locator(".lm-MenuBar-itemLabel", has_text="View").first.click()
            page.locator(".lm-Menu-itemLabel", has_text="Activate Command Palette").first.click()
            search.fill(label, timeout=5_000)
            item = page.locator(".lm-CommandPalette-item", has_text=label).filter(visible=True)
            item.first.click(timeout=5_000)
            return
        except PlaywrightTimeout:
            if attempt == 4:
                raise
            page.keyboard.press("Escape")
            page.wait_for_timeout(1000)


def test_the_mock_interview_clock_and_a_reveal(lab, page, tmp_path):
    """A mock round from JupyterLab: the palette starts it and opens stage 1, the status bar
    shows the stage and the time left (the server's record), "Move on to the next stage" opens
    stage 2 in a new tab after saving stage 1's edit (no "File Changed" dialog), Grade on a
    stage asks before submitting, and a reload finds the same clock."""
    course, url = lab
    page.goto(f"{url}/lab?token={TOKEN}")
    status = page.locator("#jp-main-statusbar")
    status.wait_for(timeout=60_000)
    clock = page.locator(".mlinterview-clock")
    page.wait_for_timeout(1000)
    assert not clock.is_visible()  # no mock in progress: no clock

    _run_command(page, "Start a mock interview")
    stage1 = page.locator(".lm-TabBar-tab", has_text="stage1.ipynb")
    stage1.first.wait_for(timeout=60_000)
    started = [p.parent for p in (course / "notebooks").glob("mock-*/.mock-record.json")]
    assert len(started) == 1, started
    folder = started[0]
    clock.wait_for(timeout=30_000)
    text = clock.inner_text()
    assert re.search(r"^Mock · .+ · stage 1 of 3 · \d+:\d\d left$", text), text
    page.get_by_text(re.compile(r"Python 3 \(ipykernel\) \| Idle")).wait_for(timeout=60_000)
    page.screenshot(path=tmp_path / "6-mock-stage1.png")
    # The clock ticks between fetches.
    page.wait_for_timeout(2000)
    assert clock.inner_text() != text

    # An unsaved edit in stage 1, then move on: the edit is saved, stage 2 opens in a new tab.
    _append_to_cell(page, "from mlinterview import checks", "\n# plan: sort once, then prefix sums")
    assert "jp-mod-dirty" in (stage1.first.get_attribute("class") or "")
    _run_command(page, "Move on to the next stage")
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=10_000)
    assert "Move on to stage 2 without passing stage 1's visible checks?" in dialog.inner_text()
    dialog.get_by_role("button", name="Move on").click()
    page.locator(".lm-TabBar-tab", has_text="stage2.ipynb").first.wait_for(timeout=30_000)
    page.get_by_text(re.compile(r"^Mock · .+ · stage 2 of 3 · \d+:\d\d left$")).wait_for(
        timeout=10_000
    )
    page.wait_for_timeout(2000)  # a conflict dialog would have shown by now
    page.screenshot(path=tmp_path / "7-mock-stage2.png")
    assert page.get_by_text("File Changed").count() == 0
    assert page.locator(".jp-Dialog").count() == 0
    assert "prefix sums" in (folder / "stage1.ipynb").read_text()
    assert "jp-mod-dirty" not in (stage1.first.get_attribute("class") or "")
    assert (folder / "stage2.ipynb").is_file() and not (folder / "stage3.ipynb").exists()

    # Grade on a stage submits the whole round: it asks first (cancelled here).
    _notebook(page).locator(".mlinterview-grade-button").click()
    dialog.wait_for(timeout=10_000)
    assert "Grading a mock interview submits it" in dialog.inner_text()
    dialog.get_by_role("button", name="Cancel").click()
    page.wait_for_timeout(500)
    assert page.locator(".mlinterview-report", has_text="Grading").count() == 0

    # A reload reads the same round from the server.
    page.reload()
    page.get_by_text(re.compile(r"^Mock · .+ · stage 2 of 3 · \d+:\d\d left$")).wait_for(
        timeout=60_000
    )
    page.screenshot(path=tmp_path / "8-mock-reloaded.png")

    # The last minutes, then time up: the record's limit shortened as if the round had run
    # that long (the clock reads only the server; a focus re-reads it at once).
    record_path = folder / ".mock-record.json"
    record = json.loads(record_path.read_text())
    started = dt.datetime.fromisoformat(record["events"][0]["at"])
    used = (dt.datetime.now(dt.UTC) - started).total_seconds() / 60
    for limit, shown, notice, shot in [
        (math.ceil(used) + 2, r"· \d+:\d\d left$", r"^[23] minutes left$", "9-mock-warning"),
        (0, r"· Time is up · \+\d+:\d\d over$", r"^Time is up: submit with", "10-mock-time-up"),
    ]:
        partial = record_path.with_suffix(".partial")
        partial.write_text(json.dumps({**record, "limit_minutes": limit}))
        partial.replace(record_path)  # the server never reads half a record
        page.evaluate("window.dispatchEvent(new Event('focus'))")
        page.get_by_text(re.compile(r"^Mock · .+ · stage 2 of 3 " + shown)).wait_for(timeout=10_000)
        page.get_by_text(re.compile(notice)).first.wait_for(timeout=10_000)
        page.wait_for_timeout(1000)  # the toast slides in
        page.screenshot(path=tmp_path / f"{shot}.png")
    assert "mlinterview-clock-danger" in (clock.get_attribute("class") or "")

    # Submit from the palette: every stage is graded, the debrief is in the report panel and
    # the clock is gone (the round is over).
    _run_command(page, "Submit the mock interview")
    dialog.wait_for(timeout=10_000)
    assert "Grading a mock interview submits it" in dialog.inner_text()
    dialog.get_by_role("button", name="Submit and grade").click()
    debrief = page.locator(".mlinterview-report .mlinterview-debrief")
    debrief.wait_for(timeout=180_000)
    clock.wait_for(state="hidden", timeout=30_000)
    page.get_by_text(re.compile(r"^Time is up: submit with")).wait_for(
        state="detached", timeout=10_000
    )  # its notification is taken down too
    page.screenshot(path=tmp_path / "11-mock-debrief.png")
    text = debrief.inner_text()
    title = json.loads((folder / ".mock-record.json").read_text())[
        "title"
    ]  # the mock the palette chose
    assert f"Mock interview: {title}, attempt 1" in text
    assert "after the limit: overtime" in text
    assert "Stage 2 revealed (moved on)" in text and "Time is up" in text
    assert "not reached" in text  # stage 3
    follow_ups = page.locator(".mlinterview-report .mlinterview-follow-ups details")
    assert follow_ups.count() >= 1
    print(f"screenshots: {tmp_path}")


def _solution_of(course: Path, mock_name: str, stage: int) -> str:
    """A stage's reference answer, as a learner who solved it types it."""
    notebook = nbformat.read(course / "source" / mock_name / f"stage{stage}.ipynb", 4)
    cell = next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("solution"))
    return regions.without_markers(cell.source)


def test_a_stage_passed_in_the_kernel_opens_the_next_one(lab, page, tmp_path):
    """The reveal a learner meets most: stage 1's visible checks pass in the kernel (Run All
    after writing the answer), the kernel writes stage2.ipynb, and the page opens it by itself
    after saving stage 1, with no "File Changed" dialog. Started from a terminal, on a mock
    the other test does not touch."""
    course, url = lab
    mock = "mock-transformer-decoder"
    started = subprocess.run(
        [sys.executable, "-m", "mlinterview.cli", "mock", "start", mock],
        cwd=course,
        capture_output=True,
        text=True,
    )
    assert started.returncode == 0, started.stdout + started.stderr
    folder = course / "notebooks" / mock
    # A fresh layout, without the other test's tabs.
    page.goto(
        f"{url}/lab/workspaces/kernel-reveal/tree/notebooks/{mock}/stage1.ipynb?reset&token={TOKEN}"
    )
    page.get_by_text(re.compile(r"Python 3 \(ipykernel\) \| Idle")).wait_for(timeout=60_000)
    page.get_by_text(re.compile(r"^Mock · .+ · stage 1 of 3 · \d+:\d\d left$")).wait_for(
        timeout=30_000
    )
    answer = _solution_of(course, mock, 1)
    _replace_answer(page, "def causal_self_attention(", answer)
    page.get_by_text("Run", exact=True).first.click()
    page.get_by_text("Run All Cells", exact=True).click()
    try:
        page.locator(".lm-TabBar-tab", has_text="stage2.ipynb").first.wait_for(timeout=90_000)
    except Exception:
        page.screenshot(path=tmp_path / "12-no-reveal.png")
        print(_notebook(page).locator(".jp-OutputArea-output").all_inner_texts())
        raise
    page.get_by_text(re.compile(r"^Stage 2 is open: ")).first.wait_for(timeout=10_000)
    page.get_by_text(re.compile(r"^Mock · .+ · stage 2 of 3 · \d+:\d\d left$")).wait_for(
        timeout=10_000
    )
    page.wait_for_timeout(2000)  # a conflict dialog would have shown by now
    page.screenshot(path=tmp_path / "12-mock-kernel-reveal.png")
    assert page.get_by_text("File Changed").count() == 0
    assert page.locator(".jp-Dialog").count() == 0
    saved = nbformat.read(folder / "stage1.ipynb", as_version=4)  # before stage 2 opened
    assert any(answer.strip() in cell.source for cell in saved.cells)
    record = json.loads((folder / ".mock-record.json").read_text())
    assert [e.get("reason") for e in record["events"] if e["event"] == "reveal"] == ["passed"]

    # Grade on a stage submits the round (after asking); the clock stops.
    _notebook(page).locator(".mlinterview-grade-button").click()
    page.locator(".jp-Dialog").get_by_role("button", name="Submit and grade").click()
    page.locator(".mlinterview-report .mlinterview-debrief").wait_for(timeout=180_000)
    page.locator(".mlinterview-clock").wait_for(state="hidden", timeout=30_000)

    # Another round from the palette: every mock is done now (or only this one when this test
    # runs alone), so the course picks one done before, whose folder moves away and gets a new
    # stage1.ipynb. The earlier round's tabs are closed and its kernels stopped first: no
    # "File Changed", and stage 1 gets a kernel working in the new folder.
    def kernels() -> dict[str, str]:
        with urllib.request.urlopen(f"{url}/api/sessions?token={TOKEN}") as answer:
            return {s["path"]: s["kernel"]["id"] for s in json.load(answer)}

    before = set(kernels().values())
    _run_command(page, "Start a mock interview")
    page.get_by_text(re.compile(r"^Mock · .+ · stage 1 of 3 · \d+:\d\d left$")).wait_for(
        timeout=30_000
    )
    page.get_by_text(re.compile(r"Python 3 \(ipykernel\) \| Idle")).wait_for(timeout=60_000)
    page.wait_for_timeout(2000)
    page.screenshot(path=tmp_path / "13-mock-second-attempt.png")
    assert page.get_by_text("File Changed").count() == 0
    tabs = page.locator(".lm-TabBar-tab").all_inner_texts()
    assert [t for t in tabs if t.startswith("stage")] == ["stage1.ipynb"], tabs
    now = kernels()
    mock_sessions = {path: k for path, k in now.items() if "/mock-" in path}
    assert len(mock_sessions) == 1 and not set(mock_sessions.values()) & before, (now, before)
    print(f"screenshot: {tmp_path}")
