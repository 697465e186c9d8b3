import * as assert from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import * as vm from 'vm';
import type * as JsonSchema from '@cfworker/json-schema';
import * as fflate from 'fflate';
import type * as Minimatch from 'minimatch';
import type * as Yaml from 'yaml';
import { REPO_ROOT } from '../support/repoRoot';

// The browser build (dist/web/extension.js) runs in VS Code's web-worker extension host, as on
// vscode.dev: there is no `require` but for `vscode`, and no Node built-in or global. The Node build
// loads it too, for the libraries both builds share (its `libraries` export; esbuild.mjs).
const BUNDLE = path.join(REPO_ROOT, 'dist', 'web', 'extension.js');
const META = path.join(REPO_ROOT, 'dist', 'web', 'extension.meta.json');

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
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

/** A stand-in for anything: callable, extendable, writable and with properties of any depth. */
function anything(): unknown {
  return new Proxy(function vscode() {}, ANYTHING);
}
const ANYTHING: ProxyHandler<() => void> = {
  get: (_t, key) => (key === Symbol.toPrimitive ? () => 'vscode' : key === 'prototype' ? {} : anything()),
  apply: () => anything(),
  construct: () => anything() as object,
  set: () => true,
  defineProperty: () => true,
};

/**
 * A stand-in for the `vscode` module: every property name the bundle uses, each `anything()`;
 * enough for the extension to activate against (nothing it registers is ever called).
 */
function vscodeStandIn(code: string): Record<string, unknown> {
  const names = new Set([...code.matchAll(/\.([A-Za-z_$][\w$]*)/g)].map(m => m[1]));
  return Object.fromEntries([...names].map(n => [n, anything()]));
}

/** Runs the bundle as a CommonJS module in `realm` (in Node's own without one); returns its exports. */
function load(code: string, realm: vm.Context | undefined, require: (id: string) => unknown): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const wrapped = `(function (module, exports, require) {${code}\n})`;
  const run = (
    realm ? vm.runInContext(wrapped, realm, { filename: BUNDLE }) : vm.runInThisContext(wrapped, { filename: BUNDLE })
  ) as (m: unknown, e: unknown, r: unknown) => void;
  run(module, module.exports, require);
  return module.exports;
}

suite('the web bundle: nothing that needs Node', () => {
  test('it imports nothing but the VS Code API', () => {
    const { meta } = built();
    const output = meta.outputs['dist/web/extension.js'];
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

  test('it loads and activates in a realm without Node globals (no process, Buffer, require, global)', () => {
    const { code } = built();
    const realm = webWorkerRealm();
    assert.strictEqual(
      vm.runInContext('typeof process + typeof Buffer + typeof require + typeof global', realm),
      ['undefined', 'undefined', 'undefined', 'undefined'].join(''),
    );
    const requireVscode = (id: string): unknown => {
      if (id !== 'vscode') {
        throw new Error(`the web bundle required "${id}"`);
      }
      return vscodeStandIn(code);
    };
    const exports = load(code, realm, requireVscode);
    assert.strictEqual(typeof exports.activate, 'function');
    assert.strictEqual(typeof exports.deactivate, 'function');
    // our modules are made by the first activate: their code runs here, in the worker's realm
    const api = (exports.activate as (context: unknown) => unknown)(anything());
    assert.strictEqual(typeof api, 'object', 'activate returns the API');
  });

  test('loaded for its libraries, as the Node build loads it, it runs none of our code and requires nothing; the libraries work', () => {
    const { code } = built();
    const required: string[] = [];
    const exports = load(code, undefined, (id: string) => {
      required.push(id);
      return {};
    });
    assert.deepStrictEqual(required, [], 'required when loaded (vscode is required by our modules, made on activate)');
    const libraries = exports.libraries as {
      yaml: typeof Yaml;
      minimatch: typeof Minimatch;
      '@cfworker/json-schema': typeof JsonSchema;
      fflate: typeof fflate;
    };
    assert.deepStrictEqual(Object.keys(libraries).sort(), ['@cfworker/json-schema', 'fflate', 'minimatch', 'yaml']);
    const doc = libraries.yaml.parseDocument('people: &p\n  - name: Ann # her\nagain: *p\nnote: |\n  two\n  lines\n');
    assert.deepStrictEqual(doc.toJS(), { people: [{ name: 'Ann' }], again: [{ name: 'Ann' }], note: 'two\nlines\n' });
    assert.ok(libraries.yaml.isMap(doc.contents));
    assert.strictEqual(libraries.minimatch.minimatch('notes/2024/ann.md', 'notes/**/*.{md,txt}'), true);
    assert.strictEqual(new libraries.minimatch.Minimatch('!(drafts)/*.md').match('notes/ann.md'), true);
    const validator = new libraries['@cfworker/json-schema'].Validator({ type: 'object', required: ['name'] });
    assert.deepStrictEqual([validator.validate({ name: 'Ann' }).valid, validator.validate({}).valid], [true, false]);
    const zip = fflate.zipSync({ 'Connections.csv': fflate.strToU8('First Name\nAnn\n') });
    assert.deepStrictEqual(Object.keys(libraries.fflate.unzipSync(zip)), ['Connections.csv']);
  });

  test('it has no network client either (the privacy promise holds on the web)', () => {
    const { code } = built();
    const m = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|importScripts\s*\(/.exec(code);
    assert.strictEqual(m?.[0], undefined, m ? code.slice(Math.max(0, m.index - 80), m.index + 80) : '');
  });
});
