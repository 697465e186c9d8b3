import * as assert from 'assert';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { availabilityOf, peopleToTell } from '../../../src/model/opportunities/availability';
import { personOf } from '../../../src/model/people/person';

const NET = `me:
  availableFrom: 2027-04-01
contacts:
  - { name: Quiet Recruiter, category: recruiter }
  - { name: Peer, category: peer }
  - { name: Client Ann, category: client }
  - { name: Won Twice, category: agency }
  - { name: Won Once Recent, category: recruiter }
  - { name: Won Once Old, category: recruiter }
  - { name: Told Already, category: recruiter, availabilityTold: 2027-04-01 }
  - { name: Told Before, category: recruiter, availabilityTold: 2026-01-01 }
  - { name: Prospect Bo, category: prospect }
opportunities:
  - { id: a, role: R, via: Won Twice, stage: won, closed: 2026-01-01 }
  - { id: b, role: R, via: Won Twice, stage: won, closed: 2026-02-01 }
  - { id: c, role: R, via: Won Once Recent, stage: won, closed: 2026-11-01 }
  - { id: d, role: R, via: Won Once Old, stage: won, closed: 2025-05-01 }
`;

suite('availability: the campaign before the contract ends', () => {
  const model = parseNetwork(NET);

  test('shown from lead weeks before the day until four weeks after it', () => {
    assert.strictEqual(availabilityOf(model, '2027-02-03', 8), undefined);
    assert.deepStrictEqual(availabilityOf(model, '2027-02-04', 8), {
      from: '2027-04-01',
      when: 'in 8 weeks',
      label: 'Available from 1 April (in 8 weeks)',
    });
    assert.strictEqual(availabilityOf(model, '2027-03-29', 8)?.label, 'Available from 1 April (in 3 days)');
    assert.strictEqual(availabilityOf(model, '2027-04-05', 8)?.label, 'Available since 1 April (4 days ago)');
    assert.strictEqual(availabilityOf(model, '2027-04-30', 8), undefined);
    assert.strictEqual(availabilityOf(model, '2026-12-01', 8), undefined);
    assert.strictEqual(availabilityOf(parseNetwork('me:\n  availableFrom: soon\n'), '2027-03-01', 8), undefined);
    assert.strictEqual(availabilityOf(model, '2026-11-26', 20)?.label, 'Available from 1 April 2027 (in 18 weeks)');
  });

  test('who to tell: recruiters and agencies who brought work (most won, then most recent), other recruiters, then clients and prospects', () => {
    assert.deepStrictEqual(
      peopleToTell(model, '2027-04-01').map(e => personOf(e).name),
      ['Won Twice', 'Won Once Recent', 'Won Once Old', 'Quiet Recruiter', 'Told Before', 'Client Ann', 'Prospect Bo'],
    );
  });
});
