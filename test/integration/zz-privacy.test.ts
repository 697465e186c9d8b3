import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { networkCalls } from './networkWatch';

const ROOT = path.resolve(__dirname, '..', '..', '..');

suite('privacy (after every other in-host test)', () => {
  test('the watch works: a request made from code in dist/ is recorded', () => {
    const probe = path.join(ROOT, 'dist', 'network-probe.js');
    fs.writeFileSync(
      probe,
      "module.exports = () => { const r = require('http').get('http://127.0.0.1:9/'); r.on('error', () => undefined); };\n",
    );
    try {
      const before = networkCalls.length;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require(probe) as () => void)();
      assert.strictEqual(networkCalls.length, before + 1);
      assert.match(networkCalls[networkCalls.length - 1], /^http\.get/);
    } finally {
      fs.rmSync(probe, { force: true });
    }
  });

  test('no code path the tests ran made a network request', () => {
    assert.deepStrictEqual(
      networkCalls.filter(c => !c.includes('network-probe.js')),
      [],
    );
  });
});
