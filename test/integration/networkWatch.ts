// Records every network call made from the extension's own code while the in-host tests run:
// http(s), net, tls, dgram and fetch are wrapped; a call whose stack passes through the
// extension's bundle is kept. zz-privacy.test.ts asserts that none was made.
import * as path from 'path';

export const networkCalls: string[] = [];
let installed = false;

export function watchNetwork(extensionRoot: string): void {
  if (installed) {
    return;
  }
  installed = true;
  const bundle = path.join(extensionRoot, 'dist');
  const record = (what: string): void => {
    const stack = new Error().stack ?? '';
    if (stack.includes(bundle)) {
      networkCalls.push(`${what}\n${stack}`);
    }
  };
  const wrap = (mod: Record<string, unknown>, name: string, fns: string[]): void => {
    for (const fn of fns) {
      const orig = mod[fn];
      if (typeof orig === 'function') {
        mod[fn] = function (this: unknown, ...args: unknown[]) {
          record(`${name}.${fn}`);
          return (orig as (...a: unknown[]) => unknown).apply(this, args);
        };
      }
    }
  };
  /* eslint-disable @typescript-eslint/no-require-imports */
  wrap(require('http'), 'http', ['request', 'get']);
  wrap(require('https'), 'https', ['request', 'get']);
  wrap(require('net'), 'net', ['connect', 'createConnection']);
  wrap(require('tls'), 'tls', ['connect']);
  wrap(require('dgram'), 'dgram', ['createSocket']);
  wrap(require('dns'), 'dns', ['lookup', 'resolve']);
  const g = globalThis as { fetch?: (...a: unknown[]) => unknown };
  if (typeof g.fetch === 'function') {
    const orig = g.fetch;
    g.fetch = (...args: unknown[]) => {
      record('fetch');
      return orig(...args);
    };
  }
}
