// Typed wrapper for app.SettingsService (Go): the analyst's name and the
// window layout, kept outside the workspace file.
import { call } from './transport';

export interface PanelWidths {
  listWidth: number;
  sideWidth: number;
}

export interface Settings {
  analyst: string;
  recentWorkspaces: string[];
  window: { width: number; height: number };
  panels: PanelWidths;
  lastArticleId: number | null;
}

const S = 'SettingsService';

export const settingsApi = {
  get: (): Promise<Settings> => call<Settings>(S, 'Get'),
  saveLayout: (panels: PanelWidths, lastArticleId: number | null): Promise<Settings> =>
    call<Settings>(S, 'SaveLayout', panels, lastArticleId),
  setAnalyst: (name: string): Promise<Settings> => call<Settings>(S, 'SetAnalyst', name),
};
