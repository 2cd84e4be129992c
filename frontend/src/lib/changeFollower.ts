// A view's store follows workspace changes only while the view is on screen: a change
// while it is hidden is remembered, and the refresh runs once when the view is shown
// again. (The entities list of a 100,000-entity workspace costs seconds to read: it
// must not be read again after every span the analyst marks in the reader.)

export class ChangeFollower {
  private stale = false;

  constructor(
    /** Whether the view is on screen now. */
    private readonly visible: () => boolean,
    private readonly refresh: () => void,
  ) {}

  /** The workspace changed: refresh now if the view is shown, else later. */
  changed(): void {
    if (this.visible()) {
      this.stale = false;
      this.refresh();
    } else this.stale = true;
  }

  /** The view is shown again: refresh if a change was missed; true if it did. */
  resume(): boolean {
    if (!this.stale) return false;
    this.stale = false;
    this.refresh();
    return true;
  }
}
