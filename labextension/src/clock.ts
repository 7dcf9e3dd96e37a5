/**
 * The mock interview's clock: a status bar item and the commands of a round.
 *
 * The clock only reads the course's record through the server (GET mlinterview/mock), so it
 * survives page reloads and kernel restarts, and shows the same time as the kernel and the
 * command line. Between two fetches it ticks locally: the time left is the server's
 * `seconds_left` at the fetch minus the time elapsed since, measured with the page's
 * monotonic clock (performance.now()). The learner's wall clock (Date.now()) is never read,
 * so a wrong or changed system clock cannot move the deadline.
 *
 * A stage is revealed by the kernel (stage N's visible checks pass) or by "Move on to the next
 * stage"; either way the server writes stageN+1.ipynb as a NEW file. When a fetch shows a
 * higher stage than this page last saw, the page saves the mock's open notebooks that have
 * unsaved changes (the next stage's setup reads the earlier stages from disk) and opens the
 * new stage. Nothing here writes to a file that is open in JupyterLab except through that
 * document's own save.
 */
import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import {
  Dialog,
  ICommandPalette,
  Notification,
  showDialog
} from '@jupyterlab/apputils';
import {
  INotebookTracker,
  NotebookActions,
  NotebookPanel
} from '@jupyterlab/notebook';
import { IStatusBar } from '@jupyterlab/statusbar';
import { Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';

import { fetchMock, IMockState, nextStage, startMock } from './api';

/** The Grade command (index.ts); with `{path, confirmed: true}` it grades that notebook
 * without asking again. */
export const GRADE = 'mlinterview:grade';
export const MOCK_START = 'mlinterview:mock-start';
export const MOCK_NEXT = 'mlinterview:mock-next';
export const MOCK_SUBMIT = 'mlinterview:mock-submit';
/** Re-read the round (after a grading, which submits it); not in the palette. */
export const MOCK_REFRESH = 'mlinterview:mock-refresh';

/** How often the clock re-reads the record: a stage revealed from another page, a terminal
 * or the kernel shows up within this delay at worst. */
const REFRESH_MS = 15_000;

export const SUBMIT_WARNING =
  'Grading a mock interview submits it: every stage is graded now and the clock stops.';

/** Whether a notebook is a mock's stage (its folder is notebooks/mock-<slug>/). */
export function isMockStage(path: string): boolean {
  const parts = path.split('/');
  return parts.length >= 2 && parts[parts.length - 2].startsWith('mock-');
}

/** Ask before grading a mock's stage: grading submits the whole round. */
export async function confirmSubmit(): Promise<boolean> {
  const result = await showDialog({
    title: 'Submit the mock interview?',
    body: SUBMIT_WARNING,
    buttons: [Dialog.cancelButton(), Dialog.warnButton({ label: 'Submit and grade' })]
  });
  return result.button.accept;
}

/** Save the open notebooks of a folder that have unsaved changes. Each is the learner's own
 * document, saved through its context: no conflict with the file on disk. */
export async function saveOpenNotebooks(
  tracker: INotebookTracker,
  folder: string
): Promise<void> {
  const saves: Promise<void>[] = [];
  tracker.forEach(panel => {
    const path = panel.context.path;
    if (path.startsWith(`${folder}/`) && panel.context.model.dirty) {
      saves.push(panel.context.save());
    }
  });
  await Promise.all(saves);
}

/** Seconds as mm:ss (minutes may pass 99 for a long limit). */
function clockText(seconds: number): string {
  const whole = Math.max(0, seconds);
  const minutes = Math.floor(whole / 60);
  const rest = Math.floor(whole % 60);
  return `${String(minutes).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

function messageOf(error: unknown): string {
  return String((error as Error).message ?? error);
}

/** The round as the server last told it, the status bar item, and the reveals. */
class MockClock {
  /** The status bar item (shown only while a mock is active). */
  readonly item = new Widget({ node: document.createElement('div') });
  readonly activeChanged = new Signal<MockClock, void>(this);
  state: IMockState | null = null;
  private fetchedAt = 0;
  /** The round this page follows (mock and start time) and the highest stage it has seen. */
  private round: string | null = null;
  private seenStage = 0;
  /** Notifications already shown this page, by round (each once), and the ones still up. */
  private notified = new Set<string>();
  private shown = new Map<string, string>();
  /** Fetches and reveals run one after another, so a slow fetch never undoes a newer one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private app: JupyterFrontEnd,
    private tracker: INotebookTracker
  ) {
    this.item.addClass('mlinterview-clock');
    this.item.node.title = 'The mock interview: click to open the current stage';
    this.item.node.addEventListener('click', () => void this.openStage());
  }

  get active(): boolean {
    return this.state?.active === true;
  }

  /** Fetch the round and act on it (a reveal opens the new stage). */
  refresh(): Promise<IMockState | null> {
    return this.enqueue(async () => {
      try {
        return await this.apply(await fetchMock());
      } catch {
        return this.state; // a server without the course's extension, or gone: keep quiet
      }
    });
  }

  /** Act on a state a command received (start, next). */
  accept(state: IMockState): Promise<IMockState | null> {
    return this.enqueue(() => this.apply(state));
  }

  /** Seconds left by the server's record, ticked locally since the last fetch. */
  secondsLeft(): number {
    const elapsed = (performance.now() - this.fetchedAt) / 1000;
    return (this.state?.seconds_left ?? 0) - elapsed;
  }

  async openStage(path?: string): Promise<Widget | undefined> {
    const target = path ?? this.state?.stage_path;
    if (!target) {
      return undefined;
    }
    return this.app.commands.execute('docmanager:open', { path: target }) as Promise<Widget>;
  }

  /** Redraw the item: text, warning and danger styles, and their notifications. */
  render(): void {
    const state = this.state;
    const node = this.item.node;
    node.classList.remove('mlinterview-clock-warning', 'mlinterview-clock-danger');
    if (!state?.active) {
      return;
    }
    const head = `Mock · ${state.title}`;
    if (state.submitted) {
      node.textContent = `${head} · submitted`;
      return;
    }
    const stage = `stage ${state.stage} of ${state.stages}`;
    const left = this.secondsLeft();
    const warning = (state.warning_minutes ?? 5) * 60;
    if (left > 0) {
      // Rounded up: "00:01 left" until the very end, then "Time is up".
      node.textContent = `${head} · ${stage} · ${clockText(Math.ceil(left))} left`;
      if (left <= warning) {
        node.classList.add('mlinterview-clock-warning');
        // "5 minutes left" as the limit nears; fewer when the page opens later than that.
        const minutes = Math.min(state.warning_minutes ?? 5, Math.ceil(left / 60));
        this.notifyOnce('warning', () =>
          Notification.warning(`${minutes} minute${minutes === 1 ? '' : 's'} left`, {
            autoClose: 10_000
          })
        );
      }
      return;
    }
    node.textContent = `${head} · ${stage} · Time is up · +${clockText(-left)} over`;
    node.classList.add('mlinterview-clock-danger');
    this.dismiss('warning');
    this.notifyOnce('time-up', () =>
      Notification.error(
        'Time is up: submit with Grade (work saved after the limit is marked overtime)',
        {
          autoClose: false,
          actions: [
            {
              label: 'Submit now',
              callback: () => void this.app.commands.execute(MOCK_SUBMIT)
            }
          ]
        }
      )
    );
  }

  private notifyOnce(what: string, show: () => string): void {
    if (!this.notified.has(`${this.round}:${what}`)) {
      this.notified.add(`${this.round}:${what}`);
      this.shown.set(what, show());
    }
  }

  /** Take down a notification of the clock that no longer holds. */
  private dismiss(what: string): void {
    const id = this.shown.get(what);
    if (id !== undefined) {
      Notification.dismiss(id);
      this.shown.delete(what);
    }
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async apply(state: IMockState): Promise<IMockState> {
    const wasActive = this.active;
    const round = state.active ? `${state.mock}@${state.started_at}` : null;
    // The first state of a round (after load, or a round started elsewhere) reveals nothing:
    // its stages are already there, open or not, as the learner left them.
    const previous = round === this.round ? this.seenStage : null;
    this.state = state;
    this.fetchedAt = performance.now();
    this.round = round;
    this.seenStage = Math.max(previous ?? 0, state.stage ?? 0);
    if (!state.active || state.submitted) {
      // The round is over: "Time is up, submit" no longer holds.
      this.dismiss('warning');
      this.dismiss('time-up');
    }
    if (wasActive !== this.active) {
      this.activeChanged.emit();
      this.app.commands.notifyCommandChanged();
    }
    if (state.active && previous !== null && (state.stage ?? 0) > previous) {
      await this.reveal(state);
    }
    this.render();
    return state;
  }

  private async reveal(state: IMockState): Promise<void> {
    await saveOpenNotebooks(this.tracker, state.folder ?? '');
    await this.openStage(state.stage_path);
    const file = (state.stage_path ?? '').split('/').pop();
    Notification.info(
      `Stage ${state.stage} is open: ${state.stage_name} (${file}). Earlier stages stay editable.`,
      { autoClose: 8000 }
    );
  }
}

/** Before a new round: close the notebooks of earlier rounds (saved first) and stop their
 * kernels, in this page and any other. Starting a mock done before moves its folder away (the
 * attempt is kept) and writes a new stage1.ipynb at the same path: a tab left open would hold
 * a file that is no longer there, and a kernel left running would still work in the moved
 * folder (its checks would record passes in the old attempt's record). */
async function closeEarlierRounds(
  app: JupyterFrontEnd,
  tracker: INotebookTracker
): Promise<void> {
  const panels: NotebookPanel[] = [];
  tracker.forEach(panel => {
    if (isMockStage(panel.context.path)) {
      panels.push(panel);
    }
  });
  for (const panel of panels) {
    if (panel.context.model.dirty) {
      await panel.context.save();
    }
    panel.dispose();
  }
  const sessions = app.serviceManager.sessions;
  await sessions.refreshRunning();
  const stale = Array.from(sessions.running()).filter(model => isMockStage(model.path));
  await Promise.all(stale.map(model => sessions.shutdown(model.id)));
}

async function startCommand(
  clock: MockClock,
  app: JupyterFrontEnd,
  tracker: INotebookTracker
): Promise<void> {
  const current = await clock.refresh();
  if (current?.active) {
    // The server would refuse too; asked first so that no tab is closed for nothing.
    Notification.error(
      `${current.title} is in progress: submit it first (Grade on a stage, or "Submit the ` +
        'mock interview"), then start another.',
      { autoClose: false }
    );
    return;
  }
  await closeEarlierRounds(app, tracker);
  let state: IMockState;
  try {
    state = await startMock();
  } catch (error) {
    Notification.error(messageOf(error), { autoClose: false });
    return;
  }
  // A new round: this page opens stage 1 itself (not a reveal).
  await clock.accept(state);
  await clock.openStage(state.stage_path);
  Notification.info(state.message ?? 'Stage 1 is open.', { autoClose: 8000 });
}

async function nextCommand(clock: MockClock, tracker: INotebookTracker): Promise<void> {
  const state = await clock.refresh(); // the stage open now, not the one seen 15 s ago
  if (!state?.active) {
    Notification.warning('No mock interview is in progress.', { autoClose: 5000 });
    return;
  }
  if (!state.can_move_on) {
    Notification.info(`Stage ${state.stage} is the last one.`, { autoClose: 5000 });
    return;
  }
  const stage = state.stage ?? 1;
  const answer = await showDialog({
    title: 'Move on to the next stage?',
    body:
      `Move on to stage ${stage + 1} without passing stage ${stage}'s visible checks? ` +
      'You can still edit earlier stages.',
    buttons: [Dialog.cancelButton(), Dialog.okButton({ label: 'Move on' })]
  });
  if (!answer.button.accept) {
    return;
  }
  try {
    await saveOpenNotebooks(tracker, state.folder ?? '');
    await clock.accept(await nextStage()); // opens the new stage, as any reveal
  } catch (error) {
    Notification.error(messageOf(error), { autoClose: false });
  }
}

async function submitCommand(clock: MockClock, app: JupyterFrontEnd): Promise<void> {
  const state = await clock.refresh();
  if (!state?.active || state.submitted) {
    Notification.warning('No mock interview is in progress.', { autoClose: 5000 });
    return;
  }
  if (!(await confirmSubmit())) {
    return;
  }
  // The same grading as the Grade button on the current stage's notebook.
  await clock.openStage(state.stage_path);
  await app.commands.execute(GRADE, { path: state.stage_path ?? '', confirmed: true });
  await clock.refresh();
}

export const clockPlugin: JupyterFrontEndPlugin<void> = {
  id: 'mlinterview-lab:mock-clock',
  description: "The mock interview's clock in the status bar, its stages and its commands.",
  autoStart: true,
  requires: [INotebookTracker],
  optional: [IStatusBar, ICommandPalette],
  activate: (
    app: JupyterFrontEnd,
    tracker: INotebookTracker,
    statusBar: IStatusBar | null,
    palette: ICommandPalette | null
  ) => {
    const clock = new MockClock(app, tracker);
    statusBar?.registerStatusItem('mlinterview-lab:mock-clock', {
      item: clock.item,
      align: 'middle',
      isActive: () => clock.active,
      activeStateChanged: clock.activeChanged
    });

    app.commands.addCommand(MOCK_START, {
      label: 'Start a mock interview',
      caption: 'Start the clock on a mock interview the course picks, and open its stage 1',
      execute: () => startCommand(clock, app, tracker)
    });
    app.commands.addCommand(MOCK_NEXT, {
      label: 'Move on to the next stage',
      caption: "Reveal the mock's next stage without passing this one's visible checks",
      isEnabled: () => clock.active && clock.state?.can_move_on === true,
      execute: () => nextCommand(clock, tracker)
    });
    app.commands.addCommand(MOCK_SUBMIT, {
      label: 'Submit the mock interview',
      caption: 'Grade every stage now and stop the clock',
      isEnabled: () => clock.active && !clock.state?.submitted,
      execute: () => submitCommand(clock, app)
    });
    app.commands.addCommand(MOCK_REFRESH, {
      label: 'Re-read the mock interview clock',
      execute: () => clock.refresh()
    });
    for (const command of [MOCK_START, MOCK_NEXT, MOCK_SUBMIT]) {
      palette?.addItem({ command, category: 'Mock interview' });
    }

    // Tick every second; re-read the record every 15 s, when the page comes back into view,
    // and soon after a cell of the mock runs (its visible checks may have revealed a stage).
    window.setInterval(() => clock.render(), 1000);
    window.setInterval(() => void clock.refresh(), REFRESH_MS);
    window.addEventListener('focus', () => void clock.refresh());
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) {
        void clock.refresh();
      }
    });
    let soon: number | undefined;
    NotebookActions.executed.connect((_, { notebook }) => {
      const panel = tracker.find(p => p.content === notebook);
      const folder = clock.state?.folder;
      if (clock.active && folder && panel?.context.path.startsWith(`${folder}/`)) {
        window.clearTimeout(soon);
        soon = window.setTimeout(() => void clock.refresh(), 300);
      }
    });
    void app.restored.then(() => clock.refresh());
  }
};
