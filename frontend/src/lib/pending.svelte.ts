// A save on its way. A workspace busy with another program is retried for up to ~20 s
// (api/transport), so a Save must say it is waiting and take no second click: every Save
// that writes to the workspace runs its request through one Pending and shows it with
// features/shell/SaveButton.
export class Pending {
  /** True while the work runs. */
  active = $state(false);

  /**
   * Runs work unless a run is already under way (then resolves undefined and starts
   * nothing: a second click sends no second save). active is true until it settles.
   */
  async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (this.active) return undefined;
    this.active = true;
    try {
      return await work();
    } finally {
      this.active = false;
    }
  }
}
