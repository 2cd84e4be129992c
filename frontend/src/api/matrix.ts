// Typed wrapper for app.MatrixService (Go): what each article (or source) says of each
// claim. The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { FirstAppearance, Matrix, MatrixCell, MatrixColumn, MatrixFilter, MatrixRow } from './contract.gen';

/**
 * by is article | source; asOf 'YYYY-MM-DD' or '' for now; a cell's agreement agrees |
 * conflicts | only | unknown, its moreValues the further values of the same mention (empty
 * as of a past date). totalClaims counts the claims that pass the filter before its limit.
 */
export type { FirstAppearance, Matrix, MatrixCell, MatrixColumn, MatrixFilter, MatrixRow };

export type MatrixBy = 'article' | 'source';
export type Agreement = 'agrees' | 'conflicts' | 'only' | 'unknown';

/**
 * A filter says only what differs from "all": tag/text absent = any, limit absent = all
 * rows; claimIds and articleIds absent = every claim and article ([] = none).
 */
export const matrixApi = {
  get: (f: MatrixFilter & { by: MatrixBy }): Promise<Matrix> => call('MatrixService', 'Get', f),
};
