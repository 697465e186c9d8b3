import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { ActionKind, ActionValue } from '../../../src/model/actions/actionSpec';
import { planAction } from '../../../src/model/actions/networkEdits';
import type { EntryRef } from '../../../src/model/people/identity';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { REPO_ROOT } from '../../support/repoRoot';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/edits');
const CTX = { today: '2026-11-26', snoozeDays: 7 };

interface Case {
  readonly fixture: string;
  readonly kind: ActionKind;
  readonly ref: EntryRef;
  readonly value?: ActionValue;
  readonly date?: string;
  /** Names the expected file: fixtures/edits/expected/<fixture>--<kind>--<slug>.yaml */
  readonly slug: string;
  readonly made?: string;
}

/** Each has a reviewed expected file. */
const CASES: Case[] = [
  {
    fixture: 'business',
    kind: 'logOpportunity',
    ref: { name: 'Priya Anand' },
    value: { role: 'Kafka Platform Engineer', client: 'Vantage Bank' },
    slug: 'priya-anand',
    made: 'vantage-bank-kafka-platform-engineer',
  },
  {
    fixture: 'business',
    kind: 'logOpportunity',
    ref: { name: 'Tobias Ferreira' },
    value: { role: 'Platform Lead', client: 'Nordwerk GmbH', stage: 'applied', rate: '700/day', ir35: 'inside' },
    slug: 'tobias-ferreira',
    made: 'nordwerk-gmbh-platform-lead',
  },
  {
    fixture: 'contract',
    kind: 'logOpportunity',
    ref: { name: 'Tobias Ferreira' },
    value: { role: 'Kafka "migration" lead', client: 'Nordwerk: Berlin' },
    slug: 'tobias-ferreira',
    made: 'nordwerk-berlin-kafka-migration-lead',
  },
  {
    fixture: 'business',
    kind: 'setStage',
    ref: { opportunity: 'vantage-kafka' },
    value: 'interview',
    slug: 'vantage-kafka',
  },
  {
    fixture: 'business',
    kind: 'setStage',
    ref: { opportunity: 'nordwerk-platform' },
    value: 'submitted',
    slug: 'nordwerk-platform',
  },
  {
    fixture: 'business',
    kind: 'setStage',
    ref: { opportunity: 'harbour-data' },
    value: 'interview',
    slug: 'harbour-data',
  },
  {
    fixture: 'business',
    kind: 'setStage',
    ref: { opportunity: 'vantage-kafka' },
    value: 'won',
    slug: 'vantage-kafka-won',
  },
  {
    fixture: 'business',
    kind: 'addNote',
    ref: { opportunity: 'vantage-kafka' },
    value: 'Interview on the 15th',
    slug: 'vantage-kafka',
  },
  {
    fixture: 'business',
    kind: 'addNote',
    ref: { name: 'Tobias Ferreira' },
    value: 'Called back',
    date: '2026-09-30',
    slug: 'tobias-ferreira-earlier',
  },
  {
    fixture: 'business',
    kind: 'addNote',
    ref: { name: 'Tobias Ferreira' },
    value: 'Lunch',
    date: '2026-11-24',
    slug: 'tobias-ferreira-later',
  },
  { fixture: 'business', kind: 'tellAvailability', ref: { name: 'Jonas Weber' }, slug: 'jonas-weber' },
];

suite('opportunity actions and dated notes, byte for byte', () => {
  for (const c of CASES) {
    test(`${c.fixture}: ${c.kind} ${c.slug}`, () => {
      const input = fs.readFileSync(path.join(FIXTURES, `${c.fixture}.yaml`), 'utf8');
      const result = planAction(parseNetwork(input), { kind: c.kind, ref: c.ref, value: c.value, date: c.date }, CTX);
      assert.ok(result.ok, result.ok ? '' : result.message);
      const output = applyEdits(input, result.edits);
      const expectedFile = path.join(FIXTURES, 'expected', `${c.fixture}--${c.kind}--${c.slug}.yaml`);
      if (process.env.UPDATE_GOLDEN === '1') {
        fs.writeFileSync(expectedFile, output);
      }
      assert.strictEqual(output, fs.readFileSync(expectedFile, 'utf8'));
      assert.deepStrictEqual(parseNetwork(output).syntaxErrors, []);
      assert.strictEqual(result.made, c.made);
    });
  }

  const business = (): string => fs.readFileSync(path.join(FIXTURES, 'business.yaml'), 'utf8');
  const refused = (kind: ActionKind, ref: EntryRef, value: ActionValue | undefined, why: RegExp): void => {
    const result = planAction(parseNetwork(business()), { kind, ref, value }, CTX);
    assert.ok(!result.ok, 'refused');
    assert.match(result.message, why);
  };

  test('an unknown stage is refused with the closest one', () => {
    refused(
      'setStage',
      { opportunity: 'vantage-kafka' },
      'intervew',
      /"intervew" is not a stage \(did you mean interview\?\)/,
    );
  });

  test('an opportunity needs a role and a client, and known IR35 values', () => {
    refused('logOpportunity', { name: 'Priya Anand' }, { role: 'Kafka' }, /needs a role and a client/);
    refused('logOpportunity', { name: 'Priya Anand' }, 'just text', /needs its role and client/);
    refused('logOpportunity', { name: 'Priya Anand' }, { role: 'a', client: 'b', ir35: 'maybe' }, /not an IR35 status/);
  });

  test('an opportunity that is not in the file is named in the refusal', () => {
    refused('setStage', { opportunity: 'nope' }, 'won', /There is no opportunity nope in network\.yaml/);
  });

  test('telling about availability needs me.availableFrom', () => {
    const input = business().replace('  availableFrom: 2027-01-15       # when the current contract ends\n', '');
    const result = planAction(parseNetwork(input), { kind: 'tellAvailability', ref: { name: 'Jonas Weber' } }, CTX);
    assert.ok(!result.ok && /availableFrom/.test(result.message));
  });

  test('a note dated on a day that is not a day is refused', () => {
    const result = planAction(
      parseNetwork(business()),
      { kind: 'addNote', ref: { name: 'Tobias Ferreira' }, value: 'x', date: '2026-02-30' },
      CTX,
    );
    assert.ok(!result.ok && /not a date/.test(result.message));
  });
});
