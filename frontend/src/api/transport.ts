// The only code that talks to Go. Two doors, one dispatcher in Go (bridge/):
// - Wails window: window.go.bridge.Door.Call(<Service>, <Method>, [...args]),
//   events through window.runtime.
// - Browser (`claimdesk serve`): POST /api/<Service>/<Method> with the
//   arguments as a JSON array; events from the EventSource /api/events.
// Every call is checked at build time against contract.gen.ts, generated from the
// bound Go services: a method, argument or result Go changed fails `npm run check`.
// The mode is detected on every call (cheap) rather than at import time, so
// nothing depends on the order in which Wails injects its runtime.

import type { Events, Services } from './contract.gen';
import { ApiError, toApiError } from './errors';

interface WailsGlobals {
  go?: { bridge?: { Door?: { Call?: (service: string, method: string, args: unknown[]) => Promise<unknown> } } };
  runtime?: {
    EventsOn(name: string, cb: (...data: unknown[]) => void): () => void;
    EventsEmit(name: string, ...data: unknown[]): void;
    ClipboardGetText?: () => Promise<string>;
  };
}

function wails(): WailsGlobals {
  return globalThis as unknown as WailsGlobals;
}

export type Mode = 'wails' | 'browser';

export function mode(): Mode {
  return wails().go !== undefined ? 'wails' : 'browser';
}

export type ServiceName = keyof Services;
export type MethodName<S extends ServiceName> = keyof Services[S] & string;
type Signature<S extends ServiceName, M extends MethodName<S>> = Services[S][M];
export type Args<S extends ServiceName, M extends MethodName<S>> = Signature<S, M> extends (...a: infer A) => unknown ? A : never;
export type Result<S extends ServiceName, M extends MethodName<S>> = Signature<S, M> extends (...a: never[]) => Promise<infer R> ? R : never;

/** Call Service.Method(...args) in Go, typed by the contract; rejects with ApiError only. */
export function call<S extends ServiceName, M extends MethodName<S>>(service: S, method: M, ...args: Args<S, M>): Promise<Result<S, M>> {
  return callByName<Result<S, M>>(service, method, args);
}

/** The untyped call underneath: for transport's own tests, which call names Go lacks. */
export async function callByName<T>(service: string, method: string, args: unknown[]): Promise<T> {
  return withBusyRetry(() => (mode() === 'wails' ? callWails<T>(service, method, args) : callHttp<T>(service, method, args)));
}

/** True for the error Go returns when another program held the workspace's write lock. */
export function isBusy(err: unknown): boolean {
  return err instanceof ApiError && err.code === 'conflict' && err.message.startsWith('workspace busy');
}

/**
 * Runs fn, and again after each delay while it fails with "workspace busy". Safe for
 * writes: a busy refusal rolled back and saved nothing, so the analyst's edit is retried
 * rather than lost; after the last try the error reaches the UI, which shows it.
 */
export async function withBusyRetry<T>(fn: () => Promise<T>, delaysMs: number[] = [1000, 3000]): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (!isBusy(err) || i >= delaysMs.length) throw err;
      await new Promise((r) => setTimeout(r, delaysMs[i]));
    }
  }
}

async function callWails<T>(service: string, method: string, args: unknown[]): Promise<T> {
  const door = wails().go?.bridge?.Door;
  if (typeof door?.Call !== 'function') {
    throw new ApiError('internal', `${service}.${method}: the window's Go binding (bridge.Door) is missing in this build`);
  }
  try {
    return (await door.Call(service, method, args)) as T;
  } catch (err) {
    throw toApiError(err);
  }
}

async function callHttp<T>(service: string, method: string, args: unknown[]): Promise<T> {
  let res: Response;
  try {
    res = await globalThis.fetch(`/api/${encodeURIComponent(service)}/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      // The session cookie was set when the page was opened with ?token=.
      credentials: 'same-origin',
      body: JSON.stringify(args),
    });
  } catch (err) {
    throw new ApiError('internal', `Cannot reach the Claimdesk server (${toApiError(err).message}).`);
  }
  const text = await res.text().catch(() => '');
  if (res.ok) {
    if (text === '') return null as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError('internal', `${service}.${method} returned a response that is not JSON.`);
    }
  }
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (e.g. a proxy's HTML page): judged by the status below.
  }
  // The bridge's own {code, message} is the best explanation when present.
  if (typeof body === 'object' && body !== null && 'message' in body) throw toApiError(body);
  if (res.status === 401 || res.status === 403) {
    throw new ApiError('invalid', 'This session is not authorised. Open the link that `claimdesk serve` printed.');
  }
  throw new ApiError('internal', `${service}.${method} failed with HTTP ${res.status}.`);
}

// ---- events -------------------------------------------------------------

export type Unsubscribe = () => void;
type Listener = (data: unknown) => void;

// Browser mode shares one EventSource among all listeners and closes it
// when the last one unsubscribes.
const listeners = new Map<string, Set<Listener>>();
let source: EventSource | undefined;

/**
 * Subscribe to an event; returns a function that unsubscribes. Every event, the services'
 * and the window's own (menus, dropped files), is named with its data's type in the
 * generated contract (Events), so a name Go no longer sends fails the UI's build.
 */
export function onEvent<N extends keyof Events>(name: N, cb: (data: Events[N]) => void): Unsubscribe;
export function onEvent<T>(name: string, cb: (data: T) => void): Unsubscribe {
  const rt = wails().runtime;
  if (mode() === 'wails' && rt) {
    // Wails passes EventsEmit's extra arguments separately; we use one payload.
    return rt.EventsOn(name, (data: unknown) => cb(data as T));
  }
  let set = listeners.get(name);
  if (!set) listeners.set(name, (set = new Set()));
  const listener = cb as Listener;
  set.add(listener);
  ensureSource();
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(name);
    if (listeners.size === 0 && source) {
      source.close();
      source = undefined;
    }
  };
}

function ensureSource(): void {
  if (source || typeof globalThis.EventSource !== 'function') return;
  source = new EventSource('/api/events', { withCredentials: true });
  source.onmessage = (ev: MessageEvent<string>) => {
    let msg: { name?: unknown; data?: unknown };
    try {
      msg = JSON.parse(ev.data) as typeof msg;
    } catch {
      return; // A malformed event must not break the others.
    }
    if (typeof msg?.name !== 'string') return;
    for (const cb of [...(listeners.get(msg.name) ?? [])]) cb(msg.data);
  };
}

/** Emit an event to Go (Wails only; the browser door has no way back). */
export function emitEvent(name: string, data?: unknown): void {
  const rt = wails().runtime;
  if (mode() === 'wails' && rt) rt.EventsEmit(name, data);
}

/**
 * The clipboard's text through the Wails runtime (the window only; null in a browser
 * or when it cannot be read). For a Ctrl+V the webview did not turn into a paste event.
 */
export async function clipboardText(): Promise<string | null> {
  const rt = wails().runtime;
  if (mode() !== 'wails' || typeof rt?.ClipboardGetText !== 'function') return null;
  try {
    return await rt.ClipboardGetText();
  } catch {
    return null;
  }
}
