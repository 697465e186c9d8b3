import * as assert from 'assert';
import type { NetworkModel } from '../../../src/model/network/network';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { blueprintsOf, isBlueprintSlug } from '../../../src/model/posts/blueprints';

const parse = (text: string): NetworkModel => new NetworkParser().parse(text);

const NET = `blueprints:
  - id: kafka-migration
    title: Zero-downtime Kafka migrations
    promise: Move a live platform to Kafka in 30 days without downtime.
    audience: [client, prospect]
    channels: [webinar, post, tiktok, article]
  - title: No id, so not a blueprint
  - id: "  event-sourcing  "
  - {id: solo, title: "   ", audience: client, channels: post}
`;

suite('blueprints: packaged expertise', () => {
  const [kafka, eventSourcing, solo] = blueprintsOf(parse(NET));

  test('a blueprint reads as written', () => {
    assert.deepStrictEqual(kafka, {
      id: 'kafka-migration',
      index: 0,
      title: 'Zero-downtime Kafka migrations',
      promise: 'Move a live platform to Kafka in 30 days without downtime.',
      audience: ['client', 'prospect'],
      channels: ['webinar', 'post', 'article'],
    });
  });

  test('only known channels count, in the order the file gives them', () => {
    assert.ok(!kafka.channels.includes('tiktok'));
    assert.deepStrictEqual(kafka.channels, ['webinar', 'post', 'article']);
  });

  test('an entry without an id is no blueprint; the others keep their place in the file', () => {
    assert.strictEqual(blueprintsOf(parse(NET)).length, 3);
    assert.deepStrictEqual(
      [kafka, eventSourcing, solo].map(b => [b.id, b.index]),
      [
        ['kafka-migration', 0],
        ['event-sourcing', 2],
        ['solo', 3],
      ],
    );
  });

  test('the id is trimmed and is the title when there is none; single values are lists of one', () => {
    assert.strictEqual(eventSourcing.title, 'event-sourcing');
    assert.strictEqual(solo.title, 'solo', 'a blank title is no title');
    assert.deepStrictEqual(eventSourcing.audience, []);
    assert.deepStrictEqual(eventSourcing.channels, []);
    assert.deepStrictEqual(solo.audience, ['client']);
    assert.deepStrictEqual(solo.channels, ['post']);
    assert.strictEqual(solo.promise, undefined);
  });

  test('no blueprints section, no blueprints', () => {
    assert.deepStrictEqual(blueprintsOf(parse('version: 1\n')), []);
  });

  test('only slugs name draft files', () => {
    for (const ok of ['kafka-migration', 'a', '2027-plan', 'x'.repeat(100)]) {
      assert.ok(isBlueprintSlug(ok), ok);
    }
    for (const bad of ['', 'Kafka', '../x', 'a/b', 'a b', 'café', 'a_b', 'x'.repeat(101), 'a\n']) {
      assert.ok(!isBlueprintSlug(bad), JSON.stringify(bad));
    }
  });
});
