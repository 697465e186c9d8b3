import * as assert from 'assert';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { newOpportunityId } from '../../../src/model/opportunities/opportunityId';

suite('opportunity ids', () => {
  test('an id from the client and the role, unique in the file, at most about 40 characters', () => {
    const model = parseNetwork('opportunities:\n  - { id: vantage-bank-kafka-engineer, role: x }\n');
    assert.strictEqual(newOpportunityId('Vantage Bank', 'Kafka Engineer', model), 'vantage-bank-kafka-engineer-2');
    assert.strictEqual(newOpportunityId('Zürich Ölwerke', 'Lead (Data)', model), 'zurich-olwerke-lead-data');
    assert.strictEqual(newOpportunityId('', '', model), 'opportunity');
    const long = newOpportunityId('The Very Long Named Financial Institution', 'Principal Platform Engineer', model);
    assert.ok(long.length <= 40 && /^[a-z0-9-]+$/.test(long), long);
  });
});
