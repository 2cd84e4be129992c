// Typed wrapper for app.SettingsService (Go): the analyst's name and the window layout,
// kept outside the workspace file. The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { PanelLayout, Settings } from './contract.gen';

/** The list's and side panel's widths in pixels. */
export type PanelWidths = PanelLayout;
export type { Settings };

const S = 'SettingsService';

export const settingsApi = {
  get: (): Promise<Settings> => call(S, 'Get'),
  saveLayout: (panels: PanelWidths, lastArticleId: number | null): Promise<Settings> => call(S, 'SaveLayout', panels, lastArticleId),
  setAnalyst: (name: string): Promise<Settings> => call(S, 'SetAnalyst', name),
};
