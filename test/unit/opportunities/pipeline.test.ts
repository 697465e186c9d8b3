import * as assert from 'assert';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { isOpen, opportunitiesOf, viaRef } from '../../../src/model/opportunities/opportunity';
import {
  describeOpportunities,
  lastActivity,
  opportunitiesVia,
  pipelineGroups,
  viaPerson,
} from '../../../src/model/opportunities/pipeline';
import { personOf } from '../../../src/model/people/person';

const NET = `contacts:
  - name: Priya Anand
    profile: https://www.linkedin.com/in/priya
  - name: Jonas Weber
opportunities:
  - { id: a, role: A, client: X, via: "https://www.linkedin.com/in/PRIYA/", stage: won, closed: 2026-10-01 }
  - { id: b, role: B, client: Y, via: Priya Anand, stage: submitted, submitted: 2026-11-03 }
  - { id: c, role: C, client: Z, via: jonas weber }
  - { id: d, role: D, client: Z, stage: lost }
  - { id: e, role: E, client: Z, stage: later }
  - { id: f, role: F, client: Z, stage: lead, notes: [{ date: 2026-11-20, text: x }] }
`;

suite('pipeline: the Opportunities view and who brought what', () => {
  const model = parseNetwork(NET);

  test('stages in pipeline order, closed ones after, an unknown stage last; no stage is a lead', () => {
    assert.deepStrictEqual(
      pipelineGroups(model).map(g => [g.label, g.closed, g.opportunities.map(o => o.id)]),
      [
        ['Lead', false, ['c', 'f']],
        ['Submitted', false, ['b']],
        ['Won', true, ['a']],
        ['Lost', true, ['d']],
        ['Unknown stage', false, ['e']],
      ],
    );
  });

  test('opportunities via a person match the profile in any spelling, or the name in any case', () => {
    const [priya, jonas] = model.contacts;
    assert.deepStrictEqual(
      opportunitiesVia(model, priya).map(o => o.id),
      ['a', 'b'],
    );
    assert.deepStrictEqual(
      opportunitiesVia(model, jonas).map(o => o.id),
      ['c'],
    );
    assert.strictEqual(describeOpportunities(opportunitiesVia(model, priya)), '2 opportunities · 1 open · 1 won');
    assert.strictEqual(describeOpportunities(opportunitiesVia(model, jonas)), '1 opportunity · 1 open');
    assert.strictEqual(describeOpportunities([]), '');
  });

  test('the person via names, and the last day something happened', () => {
    const list = opportunitiesOf(model);
    assert.strictEqual(personOf(viaPerson(model, list[0])!).name, 'Priya Anand');
    assert.strictEqual(viaPerson(model, list[3]), undefined);
    assert.deepStrictEqual(list.map(lastActivity), ['2026-10-01', '2026-11-03', '', '', '', '2026-11-20']);
    assert.deepStrictEqual(list.map(isOpen), [false, true, true, false, false, true]);
    assert.deepStrictEqual(viaRef('https://www.linkedin.com/in/x'), { profile: 'https://www.linkedin.com/in/x' });
    assert.deepStrictEqual(viaRef('Priya'), { name: 'Priya' });
  });
});
