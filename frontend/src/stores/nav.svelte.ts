// Which top-level view is shown ('reader' or one of features/views.ts), and
// the parameters it was opened with (e.g. {claimId} for the claims view).
class NavStore {
  view = $state('reader');
  params = $state<Record<string, unknown>>({});
  /** Bumped on every open(), so a view can react to being opened again with the same params. */
  seq = $state(0);

  private openers: ((view: string, params: Record<string, unknown>) => void)[] = [];

  open(view: string, params: Record<string, unknown> = {}): void {
    for (const fn of this.openers) fn(view, params);
    this.view = view;
    this.params = params;
    this.seq++;
  }

  /**
   * Runs fn with every open(), in the click or key that opens the view: a view's data
   * can leave then, before its code has loaded and its first render has run.
   */
  onOpen(fn: (view: string, params: Record<string, unknown>) => void): void {
    this.openers.push(fn);
  }
}

export const nav = new NavStore();
