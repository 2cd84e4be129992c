// Which top-level view is shown ('reader' or one of features/views.ts), and
// the parameters it was opened with (e.g. {claimId} for the claims view).
class NavStore {
  view = $state('reader');
  params = $state<Record<string, unknown>>({});
  /** Bumped on every open(), so a view can react to being opened again with the same params. */
  seq = $state(0);

  open(view: string, params: Record<string, unknown> = {}): void {
    this.view = view;
    this.params = params;
    this.seq++;
  }
}

export const nav = new NavStore();
