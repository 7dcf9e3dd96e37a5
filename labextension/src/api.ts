/** Requests to the course's server extension (src/mlinterview/labserver.py). */
import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';

export interface ICheck {
  grade_id: string;
  section: string;
  dimension: string;
  kind: string;
  status: string;
  score: number;
  max_score: number;
  message: string;
}

export interface IDimension {
  dimension: string;
  title: string;
  score: number;
  max_score: number;
  pending: number;
  percent: number;
  weak: boolean;
}

export interface IReport {
  lesson: string;
  question: string;
  hints: number;
  hint_penalty: number;
  budget_minutes: number | null;
  time_taken_minutes: number | null;
  score: number;
  max_score: number;
  pending: number;
  percent: number;
  band: string;
  provisional: boolean;
  problem: string;
  notes: string[];
  dimensions: IDimension[];
  checks: ICheck[];
  debrief?: IDebrief;
}

export interface IEvent {
  event: string;
  name?: string;
  number?: number;
  total?: number;
  seconds?: number;
}

export interface GradeJob {
  job: string;
  lesson: string;
  state: 'running' | 'done' | 'failed';
  events: IEvent[];
  report: IReport | null;
  html: string;
  error: string;
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const settings = ServerConnection.makeSettings();
  const url = URLExt.join(settings.baseUrl, 'mlinterview', path);
  const response = await ServerConnection.makeRequest(url, init, settings);
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try {
      message = JSON.parse(text).message ?? text;
    } catch {
      // not JSON: the server's own error page; keep its text
    }
    throw new Error(message || response.statusText);
  }
  return JSON.parse(text) as T;
}

export function startGrading(path: string): Promise<GradeJob> {
  return request<GradeJob>('grade', {
    method: 'POST',
    body: JSON.stringify({ path })
  });
}

/** The job's state after waiting a second (grading takes seconds, not milliseconds). */
export async function pollJob(id: string): Promise<GradeJob> {
  await new Promise(resolve => setTimeout(resolve, 1000));
  return request<GradeJob>(`grade/${id}`);
}

export interface ISolution {
  set: string;
  question: string;
  solution: string;
  follow_ups: { question: string; answer: string }[];
}

/** A practice question's reference (refused with a reason before it was graded). */
export function fetchSolution(path: string): Promise<ISolution> {
  return request<ISolution>(`solution?path=${encodeURIComponent(path)}`);
}

/** The URL of a file under the server's root (the HTML rubric report). */
export function fileUrl(path: string): string {
  const settings = ServerConnection.makeSettings();
  return URLExt.join(settings.baseUrl, 'files', path);
}

/** The mock interview's clock, as the server reads the course's record. */
export interface IMockState {
  active: boolean;
  mock?: string;
  title?: string;
  stage?: number;
  stages?: number;
  stage_name?: string;
  stage_path?: string;
  stage_paths?: string[];
  folder?: string;
  limit_minutes?: number;
  deadline?: string;
  now?: string;
  seconds_left?: number;
  submitted?: boolean;
  can_move_on?: boolean;
  warning_minutes?: number;
  revealed?: number | null;
  message?: string;
}

export function fetchMock(): Promise<IMockState> {
  return request<IMockState>('mock');
}

export function startMock(): Promise<IMockState> {
  return request<IMockState>('mock/start', { method: 'POST', body: '{}' });
}

export function nextStage(): Promise<IMockState> {
  return request<IMockState>('mock/next', { method: 'POST', body: '{}' });
}

export interface IDebrief {
  mock: string;
  title: string;
  attempt: number;
  limit_minutes: number;
  minutes_used: number;
  overtime: boolean;
  hints: number;
  hint_penalty: number;
  timeline: { at: string; minute: number; label: string }[];
  stages: {
    stage: number;
    name: string;
    status: string;
    score: number;
    max_score: number;
    hints: number;
    in_time: boolean | null;
    failed: { check: string; message: string }[];
  }[];
  follow_ups: { stage: number; question: string; answer: string }[];
  comparison: string | null;
}
