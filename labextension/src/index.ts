/**
 * The course's JupyterLab extension.
 *
 * "Grade" (notebook toolbar, command palette): saves the open notebook, asks the course's
 * server extension (src/mlinterview/labserver.py) to grade its lesson with the code path of
 * `mlinterview grade`, shows the progress in a panel beside the notebook, then the rubric
 * report in the same panel, each failed check linked to its cell.
 *
 * The mock interviews' clock is the second plugin (clock.ts): a status bar item reading the
 * course's record through the same server extension. Grading a mock's stage submits the mock,
 * so the Grade button asks first there.
 */
import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import {
  ICommandPalette,
  MainAreaWidget,
  ToolbarButton
} from '@jupyterlab/apputils';
import { DocumentRegistry } from '@jupyterlab/docregistry';
import {
  INotebookModel,
  INotebookTracker,
  NotebookPanel
} from '@jupyterlab/notebook';
import { DisposableSet, IDisposable } from '@lumino/disposable';

import { fetchSolution, GradeJob, pollJob, startGrading } from './api';
import clockPlugin, { confirmSubmit, GRADE, isMockStage } from './clock';
import { ReportView } from './report';

const SOLUTION = 'mlinterview:solution';

/** One report panel per notebook, reused by each grading of it. */
const panels = new Map<string, MainAreaWidget<ReportView>>();

/** Whether a notebook is a practice question (notebooks/practice-<set>/<question>.ipynb). */
function isPracticeQuestion(path: string): boolean {
  const parts = path.split('/');
  return parts.length >= 2 && parts[parts.length - 2].startsWith('practice-');
}

function reportPanel(
  app: JupyterFrontEnd,
  notebook: NotebookPanel
): MainAreaWidget<ReportView> {
  const path = notebook.context.path;
  let panel = panels.get(path);
  if (!panel || panel.isDisposed) {
    const view = new ReportView(notebook);
    panel = new MainAreaWidget({ content: view });
    panel.id = `mlinterview-report-${Date.now()}`;
    panel.title.label = `Report: ${path.split('/').pop()}`;
    panel.title.closable = true;
    panels.set(path, panel);
    app.shell.add(panel, 'main', { mode: 'split-right', ref: notebook.id });
  }
  return panel;
}

/** A practice question's reference solution, in the panel beside it. */
async function showSolution(
  app: JupyterFrontEnd,
  notebook: NotebookPanel
): Promise<void> {
  const view = reportPanel(app, notebook).content;
  try {
    view.showSolution(await fetchSolution(notebook.context.path));
  } catch (error) {
    view.showError(String((error as Error).message ?? error), 'No reference to show');
  }
}

async function grade(
  app: JupyterFrontEnd,
  notebook: NotebookPanel
): Promise<void> {
  if (isMockStage(notebook.context.path) && !(await confirmSubmit())) {
    return;
  }
  const view = reportPanel(app, notebook).content;
  app.shell.activateById(notebook.id);
  view.showMessage('Saving the notebook…');
  try {
    await notebook.context.save();
    let job: GradeJob = await startGrading(notebook.context.path);
    view.showProgress(job);
    while (job.state === 'running') {
      job = await pollJob(job.job);
      view.showProgress(job);
    }
    if (job.state === 'done' && job.report) {
      view.showReport(job.report, job.html);
    } else {
      view.showError(job.error || 'Grading stopped.');
    }
  } catch (error) {
    view.showError(String((error as Error).message ?? error));
  }
}

class GradeButton
  implements DocumentRegistry.IWidgetExtension<NotebookPanel, INotebookModel>
{
  constructor(private app: JupyterFrontEnd) {}

  createNew(panel: NotebookPanel): IDisposable {
    const button = new ToolbarButton({
      className: 'mlinterview-grade-button',
      label: 'Grade',
      tooltip: 'Save, grade this lesson with the hidden tests, and show the rubric report',
      onClick: () => void grade(this.app, panel)
    });
    panel.toolbar.insertItem(10, 'mlinterview-grade', button);
    if (!isPracticeQuestion(panel.context.path)) {
      return button;
    }
    const solution = new ToolbarButton({
      className: 'mlinterview-solution-button',
      label: 'Solution',
      tooltip: 'The reference solution and model answers (once you have graded this question)',
      onClick: () => void showSolution(this.app, panel)
    });
    panel.toolbar.insertItem(11, 'mlinterview-solution', solution);
    const both = new DisposableSet();
    both.add(button);
    both.add(solution);
    return both;
  }
}

const gradePlugin: JupyterFrontEndPlugin<void> = {
  id: 'mlinterview-lab:grade',
  description: 'Grade the open lesson and read its rubric report beside it.',
  autoStart: true,
  requires: [INotebookTracker],
  optional: [ICommandPalette],
  activate: (
    app: JupyterFrontEnd,
    tracker: INotebookTracker,
    palette: ICommandPalette | null
  ) => {
    app.commands.addCommand(GRADE, {
      label: 'Grade this lesson (rubric report)',
      isEnabled: () => tracker.currentWidget !== null,
      execute: () => {
        if (tracker.currentWidget) {
          return grade(app, tracker.currentWidget);
        }
      }
    });
    app.commands.addCommand(SOLUTION, {
      label: 'Show the reference solution (practice question)',
      isEnabled: () =>
        tracker.currentWidget !== null &&
        isPracticeQuestion(tracker.currentWidget.context.path),
      execute: () => {
        if (tracker.currentWidget) {
          return showSolution(app, tracker.currentWidget);
        }
      }
    });
    palette?.addItem({ command: GRADE, category: 'ML interview course' });
    palette?.addItem({ command: SOLUTION, category: 'ML interview course' });
    app.docRegistry.addWidgetExtension('Notebook', new GradeButton(app));
  }
};

export default [gradePlugin, clockPlugin];
