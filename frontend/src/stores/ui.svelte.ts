// Transient shell state: overlays, the legend, and the selection menu.
import type { CpRange } from './annotations.svelte';

export type MenuMode = 'root' | 'entity' | 'claim' | 'note' | 'tag';

export interface MenuState {
  mode: MenuMode;
  range: CpRange;
  /** Viewport position (px) of the menu's top-left corner. */
  x: number;
  y: number;
}

class UiStore {
  shortcutsOpen = $state(false);
  aboutOpen = $state(false);
  legendOpen = $state(true);
  menu = $state<MenuState | null>(null);

  closeAll(): boolean {
    const any = this.shortcutsOpen || this.aboutOpen || this.menu !== null;
    this.shortcutsOpen = false;
    this.aboutOpen = false;
    this.menu = null;
    return any;
  }
}

export const ui = new UiStore();
