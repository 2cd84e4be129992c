// The one error type the UI sees. Go sends {code, message, stale?} through both
// doors, but it can arrive as an object (HTTP bridge), a JSON string or a
// plain string (Wails' ErrorFormatter), or as a JS Error (network failure),
// so everything is normalised here and nowhere else.

import type { Payload } from './contract.gen';

export const ERROR_CODES = ['invalid', 'not_found', 'conflict', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** A save refused over another window's newer edit (Go's Payload.stale; app/read_at.go). */
    readonly stale = false,
  ) {
    super(message);
  }
}

const GENERIC = 'Something went wrong. The details are in the application log.';

function isCode(v: unknown): v is ErrorCode {
  return typeof v === 'string' && (ERROR_CODES as readonly string[]).includes(v);
}

function fromShape(v: unknown): ApiError | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  // Go's Payload (contract.gen.ts): a renamed field fails the type check here
  const { code, message, stale } = v as { [K in keyof Payload]?: unknown };
  if (typeof message !== 'string' || message === '') return undefined;
  // An unknown code is still an error with a useful message; keep the text.
  return new ApiError(isCode(code) ? code : 'internal', message, stale === true);
}

/** Turn anything a rejected call produced into an ApiError. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const shaped = fromShape(err);
  if (shaped) return shaped;
  if (typeof err === 'string') {
    const text = err.trim();
    if (text.startsWith('{')) {
      try {
        const parsed = fromShape(JSON.parse(text));
        if (parsed) return parsed;
      } catch {
        // Not JSON after all: fall through and show the text.
      }
    }
    return new ApiError('internal', text === '' ? GENERIC : text);
  }
  if (err instanceof Error && err.message !== '') return new ApiError('internal', err.message);
  return new ApiError('internal', GENERIC);
}
