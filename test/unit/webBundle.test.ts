import * as assert from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import * as vm from 'vm';
import { REPO_ROOT } from '../support/repoRoot';

// The browser build (dist/web/extension.js) runs in VS Code's web-worker extension host, as on
// vscode.dev: there is no `require` but for `vscode`, and no Node built-in or global.
const BUNDLE = path.join(REPO_ROOT, 'dist', 'web', 'extension.js');
const META = path.join(REPO_ROOT, 'dist', 'web', 'extension.meta.json');

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { entryPoint?: string; imports: { path: string; external?: boolean }[] }>;
}

const BUILTINS = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));

function built(): { code: string; meta: Metafile } {
  assert.ok(
    fs.existsSync(BUNDLE) && fs.existsSync(META),
    'the web bundle is built before the unit tests (npm run build)',
  );
  return { code: fs.readFileSync(BUNDLE, 'utf8'), meta: JSON.parse(fs.readFileSync(META, 'utf8')) as Metafile };
}

/**
 * A realm with what VS Code's web worker has and none of Node's globals. The worker is started
 * from a blob: URL, whose `location.pathname` is a whole URL (here served with a port, as
 * code-server and `npm start` serve it).
 */
function webWorkerRealm(): vm.Context {
  const web = {
    console,
    TextDecoder,
    TextEncoder,
    URL,
    URLSearchParams,
    AbortController,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    structuredClone,
    atob,
    btoa,
    performance,
  };
  const location = new URL('blob:http://127.0.0.1:8080/5d3c6f1e-8c2a-4b7e-9f1d-2a6b8c0e4f7a');
  const realm = vm.createContext({ ...web, location });
  vm.runInContext('globalThis.self = globalThis;', realm);
  return realm;
}

/**
 * A stand-in for the `vscode` module: every property name the bundle uses, each callable,
 * extendable and with properties of any depth; enough for the bundle to load against.
 */
function vscodeStandIn(code: string): Record<string, unknown> {
  const handler: ProxyHandler<() => void> = {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => 'vscode' : key === 'prototype' ? {} : stand()),
    apply: () => stand(),
    construct: () => stand() as object,
  };
  const stand = (): unknown => new Proxy(function vscode() {}, handler);
  const names = new Set([...code.matchAll(/\.([A-Za-z_$][\w$]*)/g)].map(m => m[1]));
  return Object.fromEntries([...names].map(n => [n, stand()]));
}

suite('the web bundle: nothing that needs Node', () => {
  test('it imports nothing but the VS Code API', () => {
    const { meta } = built();
    const output = Object.values(meta.outputs).find(o => o.entryPoint === 'src/extension.ts');
    assert.ok(output, 'the metafile describes dist/web/extension.js');
    const external = [...new Set(output.imports.filter(i => i.external).map(i => i.path))];
    assert.deepStrictEqual(external, ['vscode']);
  });

  test('no Node built-in is bundled or required', () => {
    const { code, meta } = built();
    const bundledBuiltins = Object.keys(meta.inputs).filter(i => BUILTINS.has(i.replace(/^\(disabled\):/, '')));
    assert.deepStrictEqual(bundledBuiltins, []);
    const required = [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]))];
    assert.deepStrictEqual(required, ['vscode'], 'require() of anything but vscode');
  });

  test('the libraries come in their browser builds (csv-parse, fflate)', () => {
    const inputs = Object.keys(built().meta.inputs).filter(i => i.startsWith('node_modules/'));
    const csv = inputs.filter(i => i.startsWith('node_modules/csv-parse/'));
    assert.ok(csv.length > 0, 'csv-parse is in the bundle');
    assert.deepStrictEqual(
      csv.filter(i => !i.startsWith('node_modules/csv-parse/dist/esm/')),
      [],
      "csv-parse's Node entry uses the global Buffer: the web bundle needs csv-parse/browser/esm/sync",
    );
    assert.deepStrictEqual(
      inputs.filter(i => i.startsWith('node_modules/fflate/')),
      ['node_modules/fflate/esm/browser.js'],
    );
  });

  test('it loads in a realm without Node globals (no process, Buffer, require, global) and exports activate', () => {
    const { code } = built();
    const realm = webWorkerRealm();
    assert.strictEqual(
      vm.runInContext('typeof process + typeof Buffer + typeof require + typeof global', realm),
      ['undefined', 'undefined', 'undefined', 'undefined'].join(''),
    );
    const module = { exports: {} as Record<string, unknown> };
    const requireVscode = (id: string): unknown => {
      if (id !== 'vscode') {
        throw new Error(`the web bundle required "${id}"`);
      }
      return vscodeStandIn(code);
    };
    const load = vm.runInContext(`(function (module, exports, require) {${code}\n})`, realm, {
      filename: BUNDLE,
    }) as (m: unknown, e: unknown, r: unknown) => void;
    load(module, module.exports, requireVscode);
    assert.strictEqual(typeof module.exports.activate, 'function');
    assert.strictEqual(typeof module.exports.deactivate, 'function');
  });

  test('it has no network client either (the privacy promise holds on the web)', () => {
    const { code } = built();
    const m = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|importScripts\s*\(/.exec(code);
    assert.strictEqual(m?.[0], undefined, m ? code.slice(Math.max(0, m.index - 80), m.index + 80) : '');
  });
});
