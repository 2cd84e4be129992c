// Pane widths, restored from SettingsService at start and saved (debounced)
// when they change or another article is opened. SettingsService may be
// missing in older builds: then the defaults stand and nothing is reported.
import { settingsApi, type PanelWidths, type Settings } from '../api/settings';

export const DEFAULT_LAYOUT: PanelWidths = { listWidth: 300, sideWidth: 340 };
const MIN = { listWidth: 180, sideWidth: 240 };
const MAX = { listWidth: 560, sideWidth: 640 };

export function clampWidth(key: keyof PanelWidths, w: number): number {
  return Math.round(Math.max(MIN[key], Math.min(MAX[key], Number.isFinite(w) ? w : DEFAULT_LAYOUT[key])));
}

class LayoutStore {
  listWidth = $state(DEFAULT_LAYOUT.listWidth);
  sideWidth = $state(DEFAULT_LAYOUT.sideWidth);
  private available = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastArticleId: number | null = null;

  /** Reads the saved layout; resolves with the last article's id (or null). */
  async restore(): Promise<number | null> {
    try {
      return this.apply(await settingsApi.get());
    } catch {
      this.available = false;
      return null;
    }
  }

  /** Takes the saved layout (from SettingsService.Get or the start-up call); returns the last article's id (or null). */
  apply(s: Settings | null | undefined): number | null {
    if (s?.panels) {
      if (s.panels.listWidth > 0) this.listWidth = clampWidth('listWidth', s.panels.listWidth);
      if (s.panels.sideWidth > 0) this.sideWidth = clampWidth('sideWidth', s.panels.sideWidth);
    }
    this.lastArticleId = s?.lastArticleId ?? null;
    return this.lastArticleId;
  }

  resize(key: keyof PanelWidths, w: number): void {
    this[key] = clampWidth(key, w);
    this.save(this.lastArticleId);
  }

  /** Saves widths and the open article, at most every 400 ms. */
  save(lastArticleId: number | null): void {
    this.lastArticleId = lastArticleId;
    if (!this.available) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      settingsApi.saveLayout({ listWidth: this.listWidth, sideWidth: this.sideWidth }, this.lastArticleId).catch(() => {
        // Settings are a convenience; a failure must not interrupt the work.
      });
    }, 400);
  }
}

export const layout = new LayoutStore();
