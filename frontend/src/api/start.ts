// Typed wrapper for app.StartService (Go): what the first screen shows, in one call.
// The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { StartScreen } from './contract.gen';

export type { StartScreen };

export const startApi = {
  firstScreen: (listLimit: number): Promise<StartScreen> => call('StartService', 'FirstScreen', listLimit),
};
