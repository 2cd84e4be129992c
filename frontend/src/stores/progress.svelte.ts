// Long work in progress (import, suggestions, export, feed pulls), from Go's `progress`
// events and from the calls this window started, with a Cancel wired to the
// task's service; and the last finished task's one-line notice.
import { onEvent } from '../api';
import { EV_PROGRESS, type ProgressEvent, type ProgressTask } from '../api/dialogs';
import { importApi } from '../api/import';
import { suggestionsApi } from '../api/suggestions';
import { exportApi } from '../api/export';
import { feedsApi } from '../api/feeds';
import { errors } from './errors.svelte';

export interface TaskState {
  task: ProgressTask;
  done: number;
  /** 0 = not known yet. */
  total: number;
  label: string;
  cancelling: boolean;
}

export interface Notice {
  id: number;
  text: string;
  /** An optional link after the text ("Review"). */
  action?: { label: string; run: () => void };
}

export const TASK_VERBS: Record<ProgressTask, string> = {
  import: 'Importing',
  suggest: 'Suggesting entities',
  export: 'Exporting',
  feeds: 'Pulling feeds',
};

const cancellers: Record<ProgressTask, () => Promise<boolean>> = {
  import: () => importApi.cancel(),
  suggest: () => suggestionsApi.cancel(),
  export: () => exportApi.cancel(),
  feeds: () => feedsApi.cancel(),
};

/** How long a task whose events say "done" stays visible (and how long a silent background one may idle). */
const LINGER_MS = 700;
const IDLE_MS = 20_000;

class ProgressStore {
  tasks = $state<TaskState[]>([]);
  notice = $state<Notice | null>(null);

  /** Tasks this window started and is waiting for (their call has not returned). */
  private local = new Set<ProgressTask>();
  private timers = new Map<ProgressTask, ReturnType<typeof setTimeout>>();
  private noticeSeq = 0;
  private off: (() => void) | undefined;

  /** Starts listening to Go's progress events (once). */
  listen(): () => void {
    this.off ??= onEvent(EV_PROGRESS, (p) => {
      if (p && typeof p.task === 'string' && Object.prototype.hasOwnProperty.call(TASK_VERBS, p.task)) this.update(p as ProgressEvent);
    });
    return () => {
      this.off?.();
      this.off = undefined;
    };
  }

  get(task: ProgressTask): TaskState | undefined {
    return this.tasks.find((t) => t.task === task);
  }

  running(task: ProgressTask): boolean {
    return this.get(task) !== undefined;
  }

  private ensure(task: ProgressTask): TaskState {
    let t = this.get(task);
    if (!t) {
      this.tasks.push({ task, done: 0, total: 0, label: '', cancelling: false });
      t = this.get(task) as TaskState;
    }
    return t;
  }

  update(p: ProgressEvent): void {
    const t = this.ensure(p.task);
    t.done = Math.max(0, p.done | 0);
    t.total = Math.max(0, p.total | 0);
    t.label = p.label ?? '';
    clearTimeout(this.timers.get(p.task));
    // A background task (e.g. suggestions after an import) ends with its last event;
    // one this window started ends when its call returns.
    if (!this.local.has(p.task)) {
      const finished = t.total > 0 && t.done >= t.total;
      this.timers.set(p.task, setTimeout(() => this.remove(p.task), finished ? LINGER_MS : IDLE_MS));
    }
  }

  /** Runs fn as the task, showing its progress until it settles. */
  async track<T>(task: ProgressTask, fn: () => Promise<T>, label = ''): Promise<T> {
    this.local.add(task);
    clearTimeout(this.timers.get(task));
    const t = this.ensure(task);
    t.done = 0;
    t.total = 0;
    t.label = label;
    t.cancelling = false;
    try {
      return await fn();
    } finally {
      this.local.delete(task);
      this.remove(task);
    }
  }

  private remove(task: ProgressTask): void {
    clearTimeout(this.timers.get(task));
    this.timers.delete(task);
    this.tasks = this.tasks.filter((t) => t.task !== task);
  }

  async cancel(task: ProgressTask): Promise<void> {
    const t = this.get(task);
    if (t) t.cancelling = true;
    try {
      const was = await cancellers[task]();
      // Nothing was running on the Go side: the bar was stale.
      if (!was && !this.local.has(task)) this.remove(task);
    } catch (err) {
      errors.report(err);
      if (t) t.cancelling = false;
    }
  }

  say(text: string, action?: Notice['action']): void {
    this.notice = { id: ++this.noticeSeq, text, action };
  }

  dismissNotice(): void {
    this.notice = null;
  }
}

export const progress = new ProgressStore();
