// Markdown notes for the mentions benchmark: meeting notes and drafts of about 5 KB each, with
// headings, lists, links, code spans and now and then a fenced block, mentioning people of
// generateNetwork(contacts) by name and by profile (some mentions sit in code, as in real notes).

import { rng } from './generateNetwork';

const WORDS = (
  'the migration plan needs a rollback path before we move consumers off the old cluster and the ' +
  'team agreed to keep the outbox relay warm until the last service moved; costs were lower than ' +
  'expected because the schema registry already held every contract and the dashboards stayed green'
).split(' ');

/** The names and profile slugs generateNetwork(contacts, 300, seed) gives its contacts. */
export function contactsOf(networkText: string): { name: string; slug: string }[] {
  const out: { name: string; slug: string }[] = [];
  for (const line of networkText.split('\n')) {
    const m = /^ {2}- name: (.+?)(?:\s+#.*)?$/.exec(line);
    const p = /^ {4}profile: https:\/\/www\.linkedin\.com\/(in\/c\d+-[^\s]+)$/.exec(line);
    if (m) {
      out.push({ name: m[1], slug: '' });
    } else if (p && out.length) {
      out[out.length - 1].slug = p[1];
    }
  }
  return out.filter(c => c.slug);
}

/** `files` notes of about `bytesEach` characters with `mentionsEach` mentions each. */
export function generateNotes(
  files: number,
  people: readonly { name: string; slug: string }[],
  bytesEach = 5000,
  mentionsEach = 10,
  seed = 7,
): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const sentence = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const mention = (): string => {
    const p = pick(people);
    return r() < 0.2 ? `@[${p.slug}]` : `@[${p.name}]`;
  };
  const notes: string[] = [];
  for (let f = 0; f < files; f++) {
    const parts: string[] = [`# Meeting ${f}: ${sentence(4)}`, ''];
    let mentions = 0;
    let size = parts[0].length;
    for (let p = 0; size < bytesEach; p++) {
      let para: string;
      if (p % 9 === 4) {
        para = '```ts\nconst relay = outbox.poll(); // @[not a mention]\nawait producer.send(relay);\n```';
      } else if (p % 3 === 1) {
        para = Array.from({ length: 4 }, () => `- ${sentence(8)} \`config.key\` ${sentence(4)}`).join('\n');
      } else {
        const words = sentence(40).split(' ');
        if (mentions < mentionsEach) {
          words.splice(5, 0, mention());
          words.splice(25, 0, mention());
          mentions += 2;
        }
        para = words.join(' ') + ` See [the plan](https://example.com/${f}/${p}).`;
      }
      parts.push(para, '');
      size += para.length + 2;
    }
    while (mentions < mentionsEach) {
      parts.push(`Follow up with ${mention()}.`);
      mentions++;
    }
    notes.push(parts.join('\n'));
  }
  return notes;
}
