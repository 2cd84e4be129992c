import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './errors';
import { call, callByName, emitEvent, mode, onEvent, withBusyRetry } from './transport';
import { articlesApi } from './articles';
import { workspaceApi } from './workspace';
import { emitUiReady } from './events';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? '' : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function stubFetch(res: Response | (() => Promise<Response>)) {
  const fetch = vi.fn<typeof globalThis.fetch>(typeof res === 'function' ? res : async () => res);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('mode detection', () => {
  it('is browser without window.go and wails with it', () => {
    expect(mode()).toBe('browser');
    vi.stubGlobal('go', {});
    expect(mode()).toBe('wails');
  });
});

describe('browser mode', () => {
  it('POSTs the arguments as a JSON array with the session cookie', async () => {
    const fetch = stubFetch(jsonResponse(200, { id: 3, title: 'T' }));
    const got = await callByName('ArticleService', 'Get', [3, 'x']);
    expect(got).toEqual({ id: 3, title: 'T' });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/ArticleService/Get');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(init.body).toBe('[3,"x"]');
  });

  it('sends [] for no arguments and accepts a null result', async () => {
    const fetch = stubFetch(jsonResponse(200, null));
    expect(await call('ArticleService', 'List')).toBeNull();
    expect((fetch.mock.calls[0] as [string, RequestInit])[1].body).toBe('[]');
  });

  it('treats an empty 200 body as null', async () => {
    stubFetch(new Response('', { status: 200 }));
    expect(await callByName('X', 'Y', [])).toBeNull();
  });

  it('rejects with the bridge error {code, message}', async () => {
    stubFetch(jsonResponse(404, { code: 'not_found', message: 'article 99 not found' }));
    const err = await articlesApi.get(99).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'not_found', message: 'article 99 not found' });
  });

  it('explains a 401 without a JSON body', async () => {
    stubFetch(new Response('unauthorized', { status: 401 }));
    await expect(call('ArticleService', 'List')).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/not authorised/),
    });
  });

  it('maps other non-JSON failures to internal with the status', async () => {
    stubFetch(new Response('<html>bad gateway</html>', { status: 502 }));
    await expect(call('ArticleService', 'List')).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('HTTP 502'),
    });
  });

  it('maps a network failure to internal', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(call('ArticleService', 'List')).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('Cannot reach'),
    });
  });

  it('rejects a 200 that is not JSON', async () => {
    stubFetch(new Response('<html>', { status: 200 }));
    await expect(callByName('A', 'B', [])).rejects.toBeInstanceOf(ApiError);
  });

  it('typed wrappers hit the right endpoints (Go sends [] for an empty list, never null)', async () => {
    const fetch = stubFetch(jsonResponse(200, []));
    expect(await articlesApi.list()).toEqual([]);
    fetch.mockResolvedValueOnce(jsonResponse(200, { path: '/w.db', schemaVersion: 1, appVersion: 'dev', articles: 5 }));
    expect((await workspaceApi.info()).articles).toBe(5);
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['/api/ArticleService/List', '/api/WorkspaceService/Info']);
  });

  it('emitEvent is a no-op', () => {
    const fetch = stubFetch(jsonResponse(200, null));
    emitEvent('ui:ready', { articles: 5 });
    emitUiReady({ articles: 5 });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('browser events', () => {
  class FakeEventSource {
    static instances: FakeEventSource[] = [];
    onmessage: ((ev: { data: string }) => void) | null = null;
    closed = false;
    constructor(readonly url: string) {
      FakeEventSource.instances.push(this);
    }
    close() {
      this.closed = true;
    }
    send(payload: unknown) {
      this.onmessage?.({ data: typeof payload === 'string' ? payload : JSON.stringify(payload) });
    }
  }

  it('shares one EventSource, dispatches by name and closes when unused', () => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    const a = vi.fn();
    const b = vi.fn();
    const offA = onEvent('progress', a);
    const offB = onEvent('workspace:changed', b);
    expect(FakeEventSource.instances).toHaveLength(1);
    const es = FakeEventSource.instances[0]!;
    expect(es.url).toBe('/api/events');
    es.send({ name: 'progress', data: { done: 1, total: 5 } });
    es.send('not json');
    es.send({ data: 'no name' });
    expect(a).toHaveBeenCalledExactlyOnceWith({ done: 1, total: 5 });
    expect(b).not.toHaveBeenCalled();
    offA();
    expect(es.closed).toBe(false);
    offB();
    expect(es.closed).toBe(true);
  });
});

describe('wails mode', () => {
  it('calls window.go.bridge.Door.Call(<Service>, <Method>, [arguments in order])', async () => {
    const door = vi.fn(async (_s: string, _m: string, args: unknown[]) => ({ id: args[0], title: 'From Go' }));
    vi.stubGlobal('go', { bridge: { Door: { Call: door } } });
    const fetch = stubFetch(jsonResponse(500, null));
    expect(await articlesApi.get(7)).toEqual({ id: 7, title: 'From Go' });
    expect(door).toHaveBeenCalledExactlyOnceWith('ArticleService', 'Get', [7]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('normalises object, JSON-string and plain-string rejections', async () => {
    const reject = vi.fn();
    vi.stubGlobal('go', { bridge: { Door: { Call: reject } } });
    reject.mockRejectedValueOnce({ code: 'conflict', message: 'already exists' });
    await expect(callByName('S', 'M', [])).rejects.toMatchObject({ code: 'conflict', message: 'already exists' });
    reject.mockRejectedValueOnce('{"code":"not_found","message":"gone"}');
    await expect(callByName('S', 'M', [])).rejects.toMatchObject({ code: 'not_found', message: 'gone' });
    reject.mockRejectedValueOnce('boom');
    const err = await callByName('S', 'M', []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'internal', message: 'boom' });
  });

  it('rejects with ApiError when the method is not bound', async () => {
    vi.stubGlobal('go', {});
    await expect(callByName('Nope', 'Missing', [])).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('Nope.Missing') });
  });

  it('uses the Wails runtime for events', () => {
    const off = vi.fn();
    const EventsOn = vi.fn((_name: string, _cb: (d: unknown) => void) => off);
    const EventsEmit = vi.fn();
    vi.stubGlobal('go', {});
    vi.stubGlobal('runtime', { EventsOn, EventsEmit });
    const cb = vi.fn();
    const unsubscribe = onEvent('progress', cb);
    expect(EventsOn.mock.calls[0]![0]).toBe('progress');
    EventsOn.mock.calls[0]![1]({ done: 2 });
    expect(cb).toHaveBeenCalledWith({ done: 2 });
    unsubscribe();
    expect(off).toHaveBeenCalled();
    emitUiReady({ articles: 5 });
    expect(EventsEmit).toHaveBeenCalledExactlyOnceWith('ui:ready', { articles: 5 });
  });
});

describe('withBusyRetry', () => {
  const busy = () => new ApiError('conflict', 'workspace busy: another program is writing to it; your change was not saved yet — try again');

  it('retries an edit refused because the workspace was busy, then succeeds', async () => {
    let tries = 0;
    const out = await withBusyRetry(async () => {
      tries++;
      if (tries < 3) throw busy();
      return 'saved';
    }, [0, 0]);
    expect(out).toBe('saved');
    expect(tries).toBe(3);
  });

  it('gives up after the last delay and passes the busy error on', async () => {
    let tries = 0;
    await expect(
      withBusyRetry(async () => {
        tries++;
        throw busy();
      }, [0]),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(tries).toBe(2);
  });

  it('never retries other errors', async () => {
    let tries = 0;
    await expect(
      withBusyRetry(async () => {
        tries++;
        throw new ApiError('conflict', 'a tag named "x" already exists');
      }, [0, 0]),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(tries).toBe(1);
  });
});
