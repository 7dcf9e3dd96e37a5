/** The panel beside the notebook: grading progress, then the rubric report. */
import { NotebookPanel } from '@jupyterlab/notebook';
import { Widget } from '@lumino/widgets';

import { fileUrl, GradeJob, ICheck, IReport, ISolution } from './api';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Text with HTML escaped and `code spans` rendered, as the report's messages are written. */
function inline(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function points(score: number, max: number): string {
  const round = (x: number) => Math.round(x * 10) / 10;
  return `${round(score)} / ${round(max)}`;
}

export class ReportView extends Widget {
  constructor(private notebook: NotebookPanel) {
    super();
    this.addClass('mlinterview-report');
  }

  showMessage(text: string): void {
    this.node.innerHTML = `<p class="mlinterview-status">${inline(text)}</p>`;
  }

  showError(text: string, title = 'Grading did not finish'): void {
    this.node.innerHTML =
      `<h2>${inline(title)}</h2>` +
      `<pre class="mlinterview-error">${inline(text)}</pre>`;
  }

  showSolution(shown: ISolution): void {
    const followUps = shown.follow_ups
      .map(f => `<li><p>${inline(f.question)}</p><p class="mlinterview-message">${inline(f.answer)}</p></li>`)
      .join('');
    this.node.innerHTML =
      `<h2>Reference: ${inline(shown.set)} · ${inline(shown.question)}</h2>` +
      `<pre class="mlinterview-solution"><code>${escapeHtml(shown.solution)}</code></pre>` +
      (followUps ? `<h3>Follow-ups, with model answers</h3><ol>${followUps}</ol>` : '');
  }

  showProgress(job: GradeJob): void {
    const lines = job.events
      .filter(e => e.event === 'exercise')
      .map(e => `<li>${e.number}/${e.total} <code>${inline(e.name ?? '')}</code></li>`);
    const last = job.events[job.events.length - 1];
    const seconds = last?.seconds !== undefined ? ` (${last.seconds} s)` : '';
    const running =
      last?.event === 'running'
        ? `<p>Still running <code>${inline(last.name ?? '')}</code>'s tests: a cell stops at the time limit.</p>`
        : '';
    this.node.innerHTML =
      `<h2>Grading ${inline(job.lesson)}…${seconds}</h2>` +
      '<p class="mlinterview-status">Your notebook runs with the hidden tests, one exercise after another.</p>' +
      `<ol class="mlinterview-progress">${lines.join('')}</ol>${running}`;
  }

  showReport(report: IReport, html: string): void {
    const provisional = report.provisional ? ' (provisional: answers await review)' : '';
    const rows = report.dimensions
      .map(
        d =>
          `<tr class="${d.weak ? 'mlinterview-weak' : ''}"><td>${inline(d.title)}</td>` +
          `<td>${points(d.score, d.max_score)}</td><td>${Math.round(d.percent)} %</td>` +
          `<td>${d.weak ? 'weak' : ''}</td></tr>`
      )
      .join('');
    const failed = report.checks.filter(
      c => c.status === 'failed' || c.status === 'awaiting review'
    );
    const notAttempted = report.checks.filter(c => c.status === 'not attempted');
    const passed = report.checks.filter(c => c.status === 'passed' || c.status === 'graded');
    const problem = report.problem
      ? `<p class="mlinterview-error">${inline(report.problem)}</p>`
      : '';
    const notes = report.notes.map(n => `<li>${inline(n)}</li>`).join('');
    const title = report.question ? `${report.lesson} · ${report.question}` : report.lesson;
    const practice: string[] = [];
    if (report.question && report.hints) {
      practice.push(`${report.hints} hint(s) used: -${report.hint_penalty} points`);
    }
    if (report.question && report.budget_minutes !== null) {
      practice.push(
        report.time_taken_minutes === null
          ? `Time: not measured yet (budget ${report.budget_minutes} min)`
          : `Time: ${Math.round(report.time_taken_minutes)} min to pass the visible checks (budget ${report.budget_minutes} min)`
      );
    }
    this.node.innerHTML =
      `<h2>${inline(title)}</h2>` +
      practice.map(line => `<p class="mlinterview-practice">${inline(line)}</p>`).join('') +
      `<p class="mlinterview-band">Band: <strong>${inline(report.band)}</strong>${provisional}</p>` +
      `<p>${points(report.score, report.max_score)} points (${Math.round(report.percent)} % of the points decided)</p>` +
      problem +
      (notes ? `<ul class="mlinterview-notes">${notes}</ul>` : '') +
      '<table class="mlinterview-dimensions"><thead><tr><th>dimension</th><th>points</th>' +
      `<th>percent</th><th></th></tr></thead><tbody>${rows}</tbody></table>` +
      `<h3>To look at (${failed.length})</h3><ul class="mlinterview-failed"></ul>` +
      `<details class="mlinterview-not-attempted"><summary>Not attempted yet (${notAttempted.length})</summary><ul></ul></details>` +
      `<details class="mlinterview-passed"><summary>Passed (${passed.length})</summary><ul></ul></details>` +
      (html
        ? `<p><a href="${fileUrl(html)}" target="_blank" rel="noopener">The full rubric report</a></p>`
        : '');
    const failedList = this.node.querySelector('.mlinterview-failed')!;
    for (const check of failed) {
      failedList.appendChild(this.checkItem(check));
    }
    const lists: [string, ICheck[]][] = [
      ['.mlinterview-not-attempted ul', notAttempted],
      ['.mlinterview-passed ul', passed]
    ];
    for (const [selector, checks] of lists) {
      const list = this.node.querySelector(selector)!;
      for (const check of checks) {
        list.appendChild(this.checkItem(check));
      }
    }
  }

  private checkItem(check: ICheck): HTMLElement {
    const item = document.createElement('li');
    item.className = `mlinterview-check mlinterview-${check.status.replace(' ', '-')}`;
    item.innerHTML =
      `<a href="#" class="mlinterview-goto" title="Show this cell in the notebook">` +
      `<code>${inline(check.grade_id)}</code></a> · ${inline(check.status)} · ` +
      `${points(check.score, check.max_score)} · ${inline(check.section)}` +
      (check.message ? `<div class="mlinterview-message">${inline(check.message)}</div>` : '');
    item.querySelector('a')!.addEventListener('click', event => {
      event.preventDefault();
      this.goToCell(check.grade_id);
    });
    return item;
  }

  /** Select and scroll to the cell with this nbgrader grade id in the graded notebook. */
  private goToCell(gradeId: string): void {
    const content = this.notebook.content;
    const index = content.widgets.findIndex(cell => {
      const meta = cell.model.getMetadata('nbgrader') as { grade_id?: string } | undefined;
      return meta?.grade_id === gradeId;
    });
    if (index < 0) {
      return;
    }
    content.activeCellIndex = index;
    void content.scrollToItem(index, 'center');
    this.notebook.activate();
  }
}
