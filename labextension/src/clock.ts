/**
 * The mock interview's clock: a status bar item with the stage and the time left.
 *
 * The time is the course's record (`.mock-record.json`, read by the server extension): every
 * fetch gives the server's "now" and the deadline, and the browser's clock only ticks the
 * seconds between fetches, so a reload, a kernel restart or a wrong browser clock changes
 * nothing. When a fetch shows a stage the page has not seen (the learner's kernel revealed it
 * when the visible checks passed), the open stages are saved and the new one is opened: a new
 * file, so no open notebook is ever written under the learner.
 */
import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { Dialog, ICommandPalette, showDialog } from '@jupyterlab/apputils';
import { Notification } from '@jupyterlab/apputils';
import { INotebookTracker } from '@jupyterlab/notebook';
import { IStatusBar } from '@jupyterlab/statusbar';
import { Widget } from '@lumino/widgets';

import { fetchMock, IMockState, nextStage, startMock } from './api';

const START = 'mlinterview:mock-start';
const NEXT = 'mlinterview:mock-next';
const SUBMIT = 'mlinterview:mock-submit';
export const GRADE = 'mlinterview:grade';
/** How often the page asks the server (the seconds in between tick locally). */
const REFRESH_MS = 5000;

function clockText(seconds: number): string {
  const whole = Math.max(0, Math.round(Math.abs(seconds)));
  const minutes = Math.floor(whole / 60);
  return `${String(minutes).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/** Whether a path is a mock interview's stage (notebooks/mock-<slug>/stageN.ipynb). */
export function isMockStage(path: string): boolean {
  const parts = path.split('/');
  return parts.length >= 2 && parts[parts.length - 2].startsWith('mock-');
}

class Clock {
  readonly widget = new Widget();
  private state: IMockState = { active: false };
  private fetchedAt = 0; // Date.now() when `state` arrived
  private seenStage: number | null = null; // the highest stage this page has seen
  private warned = false;
  private timeUp = false;

  constructor(
    private app: JupyterFrontEnd,
    private tracker: INotebookTracker
  ) {
    this.widget.addClass('mlinterview-clock');
    this.widget.node.title = 'Mock interview: click to open the current stage';
    this.widget.node.addEventListener('click', () => void this.openCurrent());
    window.setInterval(() => this.render(), 1000);
    window.setInterval(() => void this.refresh(), REFRESH_MS);
    window.addEventListener('focus', () => void this.refresh());
    document.addEventListener('visibilitychange', () => void this.refresh());
    void this.refresh();
  }

  get current(): IMockState {
    return this.state;
  }

  /** Seconds left now, by the server's count at the last fetch. */
  secondsLeft(): number {
    return (this.state.seconds_left ?? 0) - (Date.now() - this.fetchedAt) / 1000;
  }

  async refresh(): Promise<void> {
    try {
      this.update(await fetchMock());
    } catch {
      // the server is away for a moment: keep ticking from the last record
    }
  }

  /** Take a new state (from a fetch or a command); open a stage revealed since the last. */
  update(state: IMockState): void {
    const before = this.seenStage;
    this.state = state;
    this.fetchedAt = Date.now();
    const stage = state.active && !state.submitted ? (state.stage ?? null) : null;
    if (stage !== null && before !== null && stage > before) {
      void this.openRevealed(state);
    }
    this.seenStage = stage;
    if (!state.active) {
      this.warned = this.timeUp = false;
    }
    this.render();
  }

  private async openRevealed(state: IMockState): Promise<void> {
    const folder = `${state.folder}/`;
    for (const panel of this.tracker.filter(p => p.context.path.startsWith(folder))) {
      if (panel.context.model.dirty) {
        await panel.context.save(); // the learner's own document: saving it is no conflict
      }
    }
    await this.app.commands.execute('docmanager:open', { path: state.stage_path });
    Notification.info(
      `Stage ${state.stage} of ${state.stages} is open: ${state.stage_path?.split('/').pop()}.`,
      { autoClose: 8000 }
    );
  }

  private async openCurrent(): Promise<void> {
    if (this.state.active && this.state.stage_path) {
      await this.app.commands.execute('docmanager:open', { path: this.state.stage_path });
    }
  }

  private render(): void {
    const node = this.widget.node;
    const state = this.state;
    if (!state.active || state.submitted) {
      node.textContent = '';
      node.style.display = 'none';
      return;
    }
    node.style.display = '';
    const left = this.secondsLeft();
    const where = `Mock · ${state.title} · stage ${state.stage} of ${state.stages}`;
    const warning = (state.warning_minutes ?? 5) * 60;
    node.classList.toggle('mlinterview-clock-warning', left > 0 && left <= warning);
    node.classList.toggle('mlinterview-clock-over', left <= 0);
    if (left > 0) {
      node.textContent = `${where} · ${clockText(left)} left`;
    } else {
      node.textContent = `${where} · Time is up · +${clockText(left)} over`;
    }
    if (left > 0 && left <= warning && !this.warned) {
      this.warned = true;
      Notification.warning(`${state.warning_minutes} minutes left in the mock interview.`, {
        autoClose: 10000
      });
    }
    if (left <= 0 && !this.timeUp) {
      this.timeUp = true;
      Notification.error(
        'Time is up: submit with Grade (work saved after the limit is marked overtime).',
        { autoClose: false }
      );
    }
  }
}

async function confirm(title: string, body: string, accept: string): Promise<boolean> {
  const result = await showDialog({
    title,
    body,
    buttons: [Dialog.cancelButton(), Dialog.okButton({ label: accept })]
  });
  return result.button.accept;
}

/** Grading a mock submits it: ask first (the Grade button and the submit command). */
export function confirmSubmit(): Promise<boolean> {
  return confirm(
    'Submit the mock interview?',
    'Grading a mock interview submits it: every stage is graded now and the clock stops.',
    'Submit'
  );
}

const clockPlugin: JupyterFrontEndPlugin<void> = {
  id: 'mlinterview-lab:mock-clock',
  description: "The mock interview's clock in the status bar, its stages and commands.",
  autoStart: true,
  requires: [INotebookTracker],
  optional: [IStatusBar, ICommandPalette],
  activate: (
    app: JupyterFrontEnd,
    tracker: INotebookTracker,
    statusBar: IStatusBar | null,
    palette: ICommandPalette | null
  ) => {
    const clock = new Clock(app, tracker);
    statusBar?.registerStatusItem('mlinterview-lab:mock-clock', {
      item: clock.widget,
      align: 'left',
      rank: 0
    });
    const run = async (action: () => Promise<IMockState>) => {
      try {
        const state = await action();
        clock.update(state);
        return state;
      } catch (error) {
        Notification.error(String((error as Error).message ?? error), { autoClose: 10000 });
        return null;
      }
    };
    app.commands.addCommand(START, {
      label: 'Start a mock interview',
      execute: async () => {
        const state = await run(startMock);
        if (state?.stage_path) {
          await app.commands.execute('docmanager:open', { path: state.stage_path });
          Notification.info(state.message ?? 'The mock interview started.', { autoClose: 8000 });
        }
      }
    });
    app.commands.addCommand(NEXT, {
      label: 'Move on to the next stage (mock interview)',
      isEnabled: () => clock.current.can_move_on === true,
      execute: async () => {
        const stage = clock.current.stage ?? 1;
        const ok = await confirm(
          'Move on?',
          `Move on to stage ${stage + 1} without passing stage ${stage}'s visible checks? ` +
            'You can still edit earlier stages.',
          'Move on'
        );
        if (ok) {
          await run(nextStage); // the clock opens the new stage
        }
      }
    });
    app.commands.addCommand(SUBMIT, {
      label: 'Submit the mock interview (grade every stage)',
      isEnabled: () => clock.current.active && !clock.current.submitted,
      execute: async () => {
        const path = clock.current.stage_path;
        if (!path) {
          return;
        }
        const panel = tracker.find(p => p.context.path === path);
        if (!panel) {
          await app.commands.execute('docmanager:open', { path });
        }
        // The Grade command grades the current notebook, and asks before it submits.
        await app.commands.execute(GRADE);
        await clock.refresh();
      }
    });
    for (const command of [START, NEXT, SUBMIT]) {
      palette?.addItem({ command, category: 'Mock interview' });
    }
  }
};

export default clockPlugin;
