import * as assert from 'assert';
import * as fc from 'fast-check';
import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import schemaJson from '../../../media/network.schema.json';
import { compileQuickCheck, jsonTypeIs } from '../../../src/model/validation/quickSchemaCheck';
import type { QuickCheckContext } from '../../../src/model/validation/quickSchemaCheck';
import { quickCheck } from '../../../src/model/validation/schemaCheck';
import { runs } from '../../support/runs';

const NO_DEFINITIONS: QuickCheckContext = { definitions: {}, skippedPatterns: new Set() };
const schema = schemaJson as unknown as Schema & { definitions: Record<string, Schema> };
const DAY = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
/** Where the schema's only patterns are: days (fields and notes' dates) and ids (slugs). */
const SKIPPED_PATTERN_AT = /\/(received|snoozed|connected|lastContact|followUp|decided|date|id)$/;

suite('quick schema check: the fast path', () => {
  test('types, required fields, known fields and list items', () => {
    const check = compileQuickCheck(
      {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string' },
          n: { type: 'integer' },
          tags: { type: 'array', items: { type: 'string' } },
        },
      },
      NO_DEFINITIONS,
    );
    assert.ok(check({ name: 'Ann' }));
    assert.ok(check({ name: 'Ann', n: 3, tags: ['a', 'b'], unknown: { any: 'thing' } }), 'unknown keys are kept');
    assert.ok(!check({ n: 3 }), 'a required field is missing');
    assert.ok(!check({ name: 5 }), 'a field of the wrong type');
    assert.ok(!check({ name: 'Ann', n: 1.5 }), 'not a whole number');
    assert.ok(!check({ name: 'Ann', tags: ['a', 2] }), 'a list item of the wrong type');
    assert.ok(!check(['Ann']), 'not an object');
    assert.ok(!check(null));
  });

  test('an enum only needs text (the rules say which value was meant); a skipped pattern is not checked', () => {
    const context: QuickCheckContext = { definitions: {}, skippedPatterns: new Set([DAY]) };
    const check = compileQuickCheck(
      {
        type: 'object',
        properties: {
          kind: { enum: ['a', 'b'] },
          day: { type: 'string', pattern: DAY },
          code: { type: 'string', pattern: '^[A-Z]+$' },
        },
      },
      context,
    );
    assert.ok(check({ kind: 'z', day: '26.11.2026' }));
    assert.ok(!check({ kind: 5 }));
    assert.ok(check({ code: 'ABC' }));
    assert.ok(!check({ code: 'abc' }), 'a pattern that is not skipped is checked');
  });

  test('$ref to a definition, even one that refers to itself', () => {
    const context: QuickCheckContext = {
      definitions: {
        tree: {
          type: 'object',
          properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/definitions/tree' } } },
        },
      },
      skippedPatterns: new Set(),
    };
    const check = compileQuickCheck({ $ref: '#/definitions/tree' }, context);
    assert.ok(check({ label: 'root', children: [{ label: 'a', children: [{ label: 'b' }] }] }));
    assert.ok(!check({ label: 'root', children: [{ label: 'a', children: [{ label: 7 }] }] }));
    assert.ok(!compileQuickCheck({ $ref: 'other.json#/x' }, context)({}), 'a reference it cannot follow: not sure');
  });

  test('a keyword it does not know means "not sure"; no schema means anything goes', () => {
    assert.ok(!compileQuickCheck({ type: 'object', maxProperties: 1 }, NO_DEFINITIONS)({ a: 1 }));
    assert.ok(!compileQuickCheck(false, NO_DEFINITIONS)(1));
    assert.ok(compileQuickCheck(true, NO_DEFINITIONS)(1));
    assert.ok(compileQuickCheck(undefined, NO_DEFINITIONS)(1));
  });

  test('minProperties: an object with fewer fields is not certain; a value that is not an object is left to the type check', () => {
    const check = compileQuickCheck({ type: 'object', minProperties: 1 }, NO_DEFINITIONS);
    assert.ok(check({ a: 1 }));
    assert.ok(!check({}), 'no field');
    assert.ok(!check(['a']), 'not an object: the type check says so');
    assert.ok(compileQuickCheck({ minProperties: 2 }, NO_DEFINITIONS)('x'), 'without a type, only objects are counted');
  });

  test('const, minimum, property names from a list, and the fields `properties` does not name', () => {
    const check = compileQuickCheck(
      {
        type: 'object',
        properties: { version: { const: 1 } },
        propertyNames: { enum: ['version', 'client', 'peer'] },
        additionalProperties: { type: 'integer', minimum: 1 },
      },
      NO_DEFINITIONS,
    );
    assert.ok(check({ version: 1, client: 30, peer: 1 }));
    assert.ok(!check({ version: 2 }), 'not the constant');
    assert.ok(!check({ client: 0 }), 'below the minimum');
    assert.ok(!check({ client: 'often' }), 'another field of the wrong type');
    assert.ok(!check({ clinet: 30 }), 'a name not in the list: not sure (the full check words it)');
    assert.ok(!compileQuickCheck({ type: 'object', additionalProperties: false }, NO_DEFINITIONS)({ a: 1 }));
    assert.ok(!compileQuickCheck({ const: { a: 1 } }, NO_DEFINITIONS)({ a: 1 }), 'an object constant: not sure');
  });

  test('the top level: whenever it says "valid", the full validator finds nothing but enums', () => {
    const { type, properties, required } = schema;
    const top = compileQuickCheck(
      { type, properties, required },
      { ...NO_DEFINITIONS, definitions: schema.definitions },
    );
    const full = new Validator(schema, '7', false);
    const scalar = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.integer({ min: -2, max: 40 }),
      fc.boolean(),
      fc.constant(null),
    );
    const cadence = fc.oneof(
      fc.constant(null),
      scalar,
      fc.dictionary(fc.constantFrom('client', 'peer', 'clinet', 'other'), scalar, { maxKeys: 3 }),
    );
    const me = fc.oneof(
      scalar,
      fc.dictionary(fc.constantFrom('name', 'profile', 'availableFrom', 'rate', 'ir35', 'x'), scalar, { maxKeys: 3 }),
    );
    const instance = fc.record(
      { version: fc.oneof(fc.constant(1), scalar), me, cadence, contacts: fc.oneof(fc.constant([]), scalar) },
      { requiredKeys: [] },
    );
    let certain = 0;
    fc.assert(
      fc.property(instance, v => {
        if (!top(v)) {
          return;
        }
        certain++;
        const causes = full
          .validate(v)
          .errors.filter(e => !['properties', 'items', '$ref', 'allOf', 'additionalProperties'].includes(e.keyword))
          .filter(e => e.keyword !== 'enum');
        assert.deepStrictEqual(causes, [], JSON.stringify(v));
      }),
      { numRuns: runs(1000) },
    );
    assert.ok(certain > 0, 'some instances were vouched for');
  });

  test('JSON types', () => {
    const values: [unknown, string][] = [
      ['x', 'string'],
      [1.5, 'number'],
      [2, 'integer'],
      [false, 'boolean'],
      [[], 'array'],
      [{}, 'object'],
      [null, 'null'],
    ];
    for (const [v, t] of values) {
      assert.ok(jsonTypeIs(v, t), `${JSON.stringify(v)} is ${t}`);
    }
    assert.ok(jsonTypeIs(2, 'number'));
    assert.ok(!jsonTypeIs(1.5, 'integer'));
    assert.ok(!jsonTypeIs([], 'object') && !jsonTypeIs(null, 'object'));
    assert.ok(!jsonTypeIs('x', 'date'));
  });

  test('whenever it says "valid", the full validator finds nothing but enums, days and slugs', () => {
    const scalar = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('2026-11-26', '2026-02-30', '26.11.2026', 'client', 'clinet', 'Kafka X', 'kafka-x'),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.oneof(
      scalar,
      fc.array(scalar, { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('text', 'date', 'x'), scalar),
    );
    const fields = fc.constantFrom(
      ...['name', 'profile', 'category', 'tags', 'following', 'received', 'notes', 'outcome', 'match', 'suggest'],
      ...['id', 'audience', 'channels', 'unknown'],
    );
    const anything = fc.oneof(fc.dictionary(fields, value, { maxKeys: 6 }), value);
    // a valid entry with one or two fields changed: where a wrong "valid" would hide
    const nearlyValid = fc
      .tuple(fc.dictionary(fields, value, { minKeys: 1, maxKeys: 2 }), fc.boolean())
      .map(([changed, hasTags]) => ({
        name: 'Ann',
        id: 'kafka',
        match: { headline: '*x*' },
        ...(hasTags ? { tags: ['kafka'], notes: [{ date: '2026-11-26', text: 'x' }] } : {}),
        ...changed,
      }));
    const entry = fc.oneof(anything, nearlyValid);
    fc.assert(
      fc.property(fc.constantFrom('invitation', 'contact', 'archived', 'rule', 'blueprint'), entry, (definition, v) => {
        if (!quickCheck(v, definition)) {
          return;
        }
        const full = new Validator(
          { $ref: `#/definitions/${definition}`, definitions: schema.definitions } as Schema,
          '7',
          false,
        );
        const causes = full
          .validate(v)
          .errors.filter(e => !['properties', 'items', '$ref', 'allOf'].includes(e.keyword))
          .filter(
            e => e.keyword !== 'enum' && !(e.keyword === 'pattern' && SKIPPED_PATTERN_AT.test(e.instanceLocation)),
          );
        assert.deepStrictEqual(causes, [], JSON.stringify(v));
      }),
      { numRuns: runs(1000) },
    );
  });

  test('the entries of the contract pass the fast path', () => {
    assert.ok(quickCheck({ name: 'Priya Anand', received: '2026-11-20', snoozed: '2026-12-01' }, 'invitation'));
    assert.ok(
      quickCheck(
        {
          name: 'Tobias Ferreira',
          category: 'client',
          tags: ['kafka', 'berlin'],
          following: false,
          notes: [{ date: '2026-10-02', text: 'Wants a Kafka migration blueprint.' }],
        },
        'contact',
      ),
    );
    assert.ok(quickCheck({ name: 'Max Hollis', outcome: 'ignored', decided: '2026-11-21' }, 'archived'));
    assert.ok(quickCheck({ id: 'kafka-migration', audience: ['client'], channels: ['post'] }, 'blueprint'));
    // rules too: their `match` needs a field (minProperties), which the fast path now checks itself
    assert.ok(quickCheck({ match: { headline: '*recruit*' }, suggest: 'accept', category: 'recruiter' }, 'rule'));
    assert.ok(quickCheck({ match: { company: '*staffing*', message: '' }, suggest: 'ignore' }, 'rule'));
    assert.ok(!quickCheck({ match: {}, suggest: 'ignore' }, 'rule'), 'an empty match: the full validator says why');
  });
});
