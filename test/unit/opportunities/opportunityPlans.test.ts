import * as assert from 'assert';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { checkedStage, newOpportunityId, opportunityBlock } from '../../../src/model/opportunities/opportunityPlans';

suite('opportunity plans: ids, the new entry, stages', () => {
  test('an id from the client and the role, unique in the file, at most about 40 characters', () => {
    const model = parseNetwork('opportunities:\n  - { id: vantage-bank-kafka-engineer, role: x }\n');
    assert.strictEqual(newOpportunityId('Vantage Bank', 'Kafka Engineer', model), 'vantage-bank-kafka-engineer-2');
    assert.strictEqual(newOpportunityId('Zürich Ölwerke', 'Lead (Data)', model), 'zurich-olwerke-lead-data');
    assert.strictEqual(newOpportunityId('', '', model), 'opportunity');
    const long = newOpportunityId('The Very Long Named Financial Institution', 'Principal Platform Engineer', model);
    assert.ok(long.length <= 40 && /^[a-z0-9-]+$/.test(long), long);
  });

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
