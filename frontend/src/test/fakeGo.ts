// A fake Go side for store tests: it stands where Wails' binding stands
// (window.go.bridge.Door.Call(<Service>, <Method>, args) and window.runtime's events), so a store under test
// runs through the real src/api modules and transport, and only Go is replaced. Import
// it before the stores (its module installs the fake when loaded, and stores subscribe
// to events when theirs load).
//
//   fakeGo.answer('TagService', 'List', () => [{ id: 1, name: 'x', color: '#000000', spans: 0, claims: 0 }]);
//   fakeGo.fail('TagService', 'Create', 'invalid', 'a tag needs a name');
//   fakeGo.emit('workspace:changed', { tables: ['tags'] });

type Handler = (...args: unknown[]) => unknown;

/** Calls held back by hold(): answered one by one, in any order. */
export interface Held {
  release: (value: unknown, which?: number) => void;
  fail: (code: string, message: string, which?: number) => void;
  /** The arguments of the calls still waiting, oldest first. */
  waiting: () => unknown[][];
}

export interface Call {
  service: string;
  method: string;
  args: unknown[];
}

class FakeGo {
  /** Every call the UI made, in order. */
  readonly calls: Call[] = [];
  /** Events the UI sent to Go (EventsEmit). */
  readonly sent: { name: string; data: unknown[] }[] = [];
  private handlers = new Map<string, Handler>();
  private listeners = new Map<string, Set<(...data: unknown[]) => void>>();

  /** Service.Method answers what fn returns (or its promise; a throw rejects like Go's error). */
  answer(service: string, method: string, fn: Handler): void {
    this.handlers.set(`${service}.${method}`, fn);
  }

  /** Service.Method fails with Go's {code, message} (stale: a save refused over another window's edit), as Wails' ErrorFormatter sends it. */
  fail(service: string, method: string, code: string, message: string, stale = false): void {
    this.answer(service, method, () => {
      throw stale ? { code, message, stale } : { code, message };
    });
  }

  /**
   * Service.Method answers only when told to: for answers that arrive out of order.
   * release(value, which) answers the `which`-th call still waiting (0 = the oldest).
   */
  hold(service: string, method: string): Held {
    const waiting: { args: unknown[]; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
    this.answer(service, method, (...args) => new Promise((resolve, reject) => waiting.push({ args, resolve, reject })));
    const take = (which: number) => {
      const w = waiting.splice(which, 1)[0];
      if (!w) throw new Error(`fakeGo: no waiting call #${which} to ${service}.${method}`);
      return w;
    };
    return {
      release: (value, which = 0) => take(which).resolve(value),
      fail: (code, message, which = 0) => take(which).reject({ code, message }),
      waiting: () => waiting.map((w) => w.args),
    };
  }

  /** The arguments of each call to Service.Method. */
  callsTo(service: string, method: string): unknown[][] {
    return this.calls.filter((c) => c.service === service && c.method === method).map((c) => c.args);
  }

  /** Go emits an event to the UI. */
  emit(name: string, data?: unknown): void {
    for (const cb of [...(this.listeners.get(name) ?? [])]) cb(data);
  }

  /** Forgets the calls and the answers (listeners stay: stores subscribe once). */
  reset(): void {
    this.calls.length = 0;
    this.sent.length = 0;
    this.handlers.clear();
  }

  private async call(service: string, method: string, args: unknown[]): Promise<unknown> {
    this.calls.push({ service, method, args });
    const h = this.handlers.get(`${service}.${method}`);
    if (!h) throw { code: 'internal', message: `fakeGo: no answer for ${service}.${method}` };
    return h(...args);
  }

  /** The window.go and window.runtime objects Wails injects. */
  globals(): { go: unknown; runtime: unknown } {
    return {
      go: { bridge: { Door: { Call: (service: string, method: string, args: unknown[]) => this.call(service, method, args) } } },
      runtime: {
        EventsOn: (name: string, cb: (...data: unknown[]) => void) => {
          let set = this.listeners.get(name);
          if (!set) this.listeners.set(name, (set = new Set()));
          set.add(cb);
          return () => set.delete(cb);
        },
        EventsEmit: (name: string, ...data: unknown[]) => this.sent.push({ name, data }),
      },
    };
  }
}

export const fakeGo = new FakeGo();
Object.assign(globalThis, fakeGo.globals());

/** Lets pending promise callbacks run (a store's await chain of a few steps). */
export async function settle(rounds = 50): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}
