import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(d =>
      d.isDirectory() ? sources(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
    );
}

suite('privacy: nothing about your contacts leaves the machine', () => {
  const NETWORK =
    /\b(?:require\(\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns|child_process|worker_threads)["']\s*\)|from\s+["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns|child_process)["'])|\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|createTelemetryLogger|TelemetryLogger/;

  test('the bundles that ship have no network client, no child processes and no telemetry', () => {
    const dist = path.join(ROOT, 'dist');
    const bundle = path.join(dist, 'extension.js');
    assert.ok(fs.existsSync(bundle), 'dist/extension.js is built before the unit tests');
    const lazy = fs.readdirSync(path.join(dist, 'lazy')).filter(f => f.endsWith('.js'));
    assert.ok(lazy.length > 0, 'the Node build has its lazily loaded bundles in dist/lazy');
    for (const file of [bundle, ...lazy.map(f => path.join(dist, 'lazy', f))]) {
      const code = fs.readFileSync(file, 'utf8');
      const m = NETWORK.exec(code);
      assert.strictEqual(
        m?.[0],
        undefined,
        `${path.relative(ROOT, file)}: found ${m?.[0]} near: ${m ? code.slice(Math.max(0, m.index - 80), m.index + 80) : ''}`,
      );
      // nothing but the VS Code API and the build's own bundles (each one that exists; the web
      // bundle for the libraries both builds share)
      const requires = [...new Set([...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map(x => x[1]))];
      for (const r of requires.filter(r => r !== 'vscode')) {
        assert.match(r, /^\.\.?\/(lazy\/|web\/)?[\w-]+\.js$/, `${path.relative(ROOT, file)} requires ${r}`);
        assert.ok(fs.existsSync(path.resolve(path.dirname(file), r)), `${path.relative(ROOT, file)} requires ${r}`);
      }
    }
  });

  test('the sources do not reach for the network either', () => {
    for (const file of sources(path.join(ROOT, 'src'))) {
      const m = NETWORK.exec(fs.readFileSync(file, 'utf8'));
      assert.strictEqual(m?.[0], undefined, `${path.relative(ROOT, file)}: ${m?.[0]}`);
    }
  });

  test("the only URLs the extension opens are LinkedIn's (openExternal appears once, behind the check)", () => {
    const uses = sources(path.join(ROOT, 'src')).filter(f => fs.readFileSync(f, 'utf8').includes('openExternal('));
    assert.deepStrictEqual(
      uses.map(f => path.relative(ROOT, f)),
      [path.join('src', 'commands', 'actionCommands.ts')],
    );
    const code = fs.readFileSync(uses[0], 'utf8');
    assert.strictEqual(code.split('openExternal(').length - 1, 1, 'one call, in one function');
    assert.match(
      code,
      /const checked = linkedInUrl\(page\);\s*if \('refused' in checked\) \{[\s\S]*?throw [\s\S]*?\}\s*(?:const opened = )?await vscode\.env\.openExternal\(vscode\.Uri\.parse\(checked\.url, true\)\)/,
    );
  });
});
