// Errors shown in the banner. Every store reports failures here so the user
// sees the message Go wrote, once, and can dismiss it.
import { toApiError, type ErrorCode } from '../api';

export interface ShownError {
  id: number;
  code: ErrorCode;
  message: string;
}

class ErrorsStore {
  items = $state<ShownError[]>([]);
  private nextId = 1;

  /**
   * Shows a failure. One banner at a time, the latest: banners that stacked up told
   * of things long past and pushed the work down; the same failure repeated (e.g.
   * clicking twice) keeps its banner.
   */
  report(err: unknown): void {
    const e = toApiError(err);
    if (this.items.some((i) => i.code === e.code && i.message === e.message)) return;
    this.items = [{ id: this.nextId++, code: e.code, message: e.message }];
  }

  /** Forgets every banner (the analyst moved on to another view). */
  clear(): void {
    if (this.items.length > 0) this.items = [];
  }

  dismiss(id: number): void {
    this.items = this.items.filter((i) => i.id !== id);
  }
}

export const errors = new ErrorsStore();
