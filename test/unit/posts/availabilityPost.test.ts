import * as assert from 'assert';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { availabilityPost } from '../../../src/model/posts/availabilityPost';

suite('the availability post', () => {
  test('from me and the blueprints, never the rate', () => {
    const model = parseNetwork(`me:
  expertise: [event-driven platforms, Kafka migrations]
  availableFrom: 2027-04-01
  rate: 650/day
  ir35: outside
blueprints:
  - id: kafka
    title: Zero-downtime Kafka migrations
    promise: Move a live platform to Kafka in 30 days.
`);
    const post = availabilityPost(model, '2027-02-10');
    assert.ok(post.startsWith('---\nkind: availability\nchannel: post\nstatus: draft\n---\n{{hook'));
    assert.match(post, /From 1 April I am available for a new contract\./);
    assert.match(post, /What I do: event-driven platforms, Kafka migrations\./);
    assert.match(post, /outside IR35/);
    assert.match(post, /- Zero-downtime Kafka migrations: Move a live platform to Kafka in 30 days\./);
    assert.ok(!/650/.test(post), 'the rate is private');
  });
});
