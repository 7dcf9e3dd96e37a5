/** The panel beside the notebook: grading progress, then the rubric report. */
import { NotebookPanel } from '@jupyterlab/notebook';
import { Widget } from '@lumino/widgets';

import { fileUrl, GradeJob, ICheck, IDebrief, IReport, ISolution } from './api';

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

/** Minutes since a mock's start as mm:ss, as the debrief's text and page write them. */
function minuteClock(minute: number): string {
  const seconds = Math.round(minute * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/** A mock's round (src/mlinterview/debrief.py): time used, the time line, each stage. */
function debriefSection(debrief: IDebrief): string {
  const used = Math.round(debrief.minutes_used);
  const over = debrief.minutes_used - debrief.limit_minutes;
  const time = debrief.overtime
    ? `Time: ${used} min of ${debrief.limit_minutes}. Submitted ` +
      `${over >= 1 ? `${Math.round(over)} min` : 'less than a minute'} after the limit: overtime.`
    : `Time: ${used} min of ${debrief.limit_minutes}, in time.`;
  const hints = debrief.hints
    ? `${debrief.hints} hint(s) used: -${debrief.hint_penalty} points`
    : '';
  const events = debrief.timeline
    .map(row => `<tr><td>${minuteClock(row.minute)}</td><td>${inline(row.label)}</td></tr>`)
    .join('');
  const stages = debrief.stages
    .map(stage => {
      const timing =
        stage.in_time === null
          ? ''
          : stage.in_time
            ? 'in time'
            : `overtime (saved at ${minuteClock(stage.saved_minute ?? 0)})`;
      return (
        `<tr class="mlinterview-stage-${stage.status.replace(/ /g, '-')}">` +
        `<td>${stage.stage}. <code>${inline(stage.name)}</code></td>` +
        `<td>${inline(stage.status)}</td><td>${points(stage.score, stage.max_score)}</td>` +
        `<td>${inline(timing)}</td><td>${stage.hints || ''}</td></tr>`
      );
    })
    .join('');
  return (
    '<div class="mlinterview-debrief">' +
    `<h3>Mock interview: ${inline(debrief.title)}, attempt ${debrief.attempt}</h3>` +
    `<p class="${debrief.overtime ? 'mlinterview-overtime' : ''}">${inline(time)}</p>` +
    (hints ? `<p>${inline(hints)}</p>` : '') +
    '<table class="mlinterview-timeline"><thead><tr><th>minute</th><th>event</th></tr></thead>' +
    `<tbody>${events}</tbody></table>` +
    '<table class="mlinterview-stages"><thead><tr><th>stage</th><th>status</th><th>points</th>' +
    `<th>timing</th><th>hints</th></tr></thead><tbody>${stages}</tbody></table>` +
    (debrief.comparison ? `<p>${inline(debrief.comparison)}</p>` : '') +
    '</div>'
  );
}

/** The interviewer's follow-ups, each model answer folded until the learner has answered. */
function followUps(debrief: IDebrief): string {
  if (!debrief.follow_ups.length) {
    return '';
  }
  const items = debrief.follow_ups
    .map(
      item =>
        `<details><summary>Stage ${item.stage}: ${inline(item.question)}</summary>` +
        `<p class="mlinterview-message">${inline(item.answer)}</p></details>`
    )
    .join('');
  return (
    '<div class="mlinterview-follow-ups"><h3>The interviewer\'s follow-ups</h3>' +
    `<p>Answer each aloud first, then unfold the model answer.</p>${items}</div>`
  );
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
      (report.debrief ? debriefSection(report.debrief) : '') +
      '<table class="mlinterview-dimensions"><thead><tr><th>dimension</th><th>points</th>' +
      `<th>percent</th><th></th></tr></thead><tbody>${rows}</tbody></table>` +
      `<h3>To look at (${failed.length})</h3><ul class="mlinterview-failed"></ul>` +
      `<details class="mlinterview-not-attempted"><summary>Not attempted yet (${notAttempted.length})</summary><ul></ul></details>` +
      `<details class="mlinterview-passed"><summary>Passed (${passed.length})</summary><ul></ul></details>` +
      (report.debrief ? followUps(report.debrief) : '') +
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
