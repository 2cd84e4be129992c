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

  report(err: unknown): void {
    const e = toApiError(err);
    // The same failure repeated (e.g. clicking twice) is shown once.
    if (this.items.some((i) => i.code === e.code && i.message === e.message)) return;
    this.items.push({ id: this.nextId++, code: e.code, message: e.message });
  }

  dismiss(id: number): void {
    this.items = this.items.filter((i) => i.id !== id);
  }
}

export const errors = new ErrorsStore();
