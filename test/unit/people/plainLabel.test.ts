import * as assert from 'assert';
import { plainLabel } from '../../../src/model/people/plainLabel';

suite('plainLabel', () => {
  test('icon syntax is escaped so a QuickPick shows it as typed; everything else is untouched', () => {
    assert.strictEqual(plainLabel('$(zap) Boss'), '\\$(zap) Boss');
    assert.strictEqual(plainLabel('a $(x) and $(y~spin)'), 'a \\$(x) and \\$(y~spin)');
    const link = '[x](command:workbench.action.quit) <img src=x onerror=alert(1)> **b**';
    assert.strictEqual(plainLabel(link), link);
    assert.strictEqual(plainLabel('costs $ 5 (per day)'), 'costs $ 5 (per day)');
  });
});
