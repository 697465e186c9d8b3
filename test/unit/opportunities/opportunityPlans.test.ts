import * as assert from 'assert';
import { checkedStage, opportunityBlock } from '../../../src/model/opportunities/opportunityPlans';

suite('opportunity plans: the new entry, stages', () => {
  test('the entry is written in the contract key order, quoted where YAML needs it, empty fields left out', () => {
    const block = opportunityBlock(
      'a',
      { role: 'Lead: Data', client: 'Acme', rate: ' ', stage: 'applied' },
      'Priya',
      '\n',
    );
    assert.strictEqual(block, '- id: a\n  role: "Lead: Data"\n  client: Acme\n  via: Priya\n  stage: applied\n');
    assert.strictEqual(
      opportunityBlock('b', { role: 'R' }, undefined, '\r\n'),
      '- id: b\r\n  role: R\r\n  stage: lead\r\n',
    );
  });

  test('a stage must be one of the contract', () => {
    assert.strictEqual(checkedStage(' offer '), 'offer');
    assert.throws(() => checkedStage('hired'), /"hired" is not a stage; stages are lead/);
  });
});
