// npm run bench's mentions case: the cold index of 2,000 notes, a keystroke, completion.

import { MentionIndex } from '../src/model/mentions/mentionIndex';
import { mentionCandidates } from '../src/model/mentions/mentionPeople';
import { generateNetwork } from './generateNetwork';
import { contactsOf, generateNotes } from './generateNotes';
import { measure, open, ratio, RUNS } from './measure';

/** Measures the mention index, adds its key to `results` and its rows to `table`. */
export function mentionsCase(results: Record<string, unknown>, table: string[][]): void {
  // ---- mentions: 2,000 markdown notes (about 10 MB, 20,000 mentions) in a 30,000-contact workspace.
  // The cold index (every file read into a fresh index) against a plain regular-expression scan of
  // the same texts that collects what it finds; one keystroke in one note (the note read again);
  // completion after `@[Pri` on a model as the editor holds it after opening the file (parsed and
  // checked), the first time it is asked (the people's search rows made afresh).
  {
    const network = generateNetwork(30000);
    const notes = generateNotes(2000, contactsOf(network));
    const bytes = notes.reduce((n, t) => n + t.length, 0);
    let mentions = 0;
    const indexMs = measure(
      () => new MentionIndex(),
      index => {
        notes.forEach((text, i) => index.update(`notes/${i}.md`, text));
        mentions = [...index.keys()].reduce((n, k) => n + index.count([k]), 0);
      },
    );
    const refMs = measure(
      () => [] as string[],
      found => {
        const re = /@\[([^\]\r\n]*)\]/g;
        for (const text of notes) {
          re.lastIndex = 0;
          for (let m = re.exec(text); m; m = re.exec(text)) {
            found.push(m[1]);
          }
        }
      },
    );
    const index = new MentionIndex();
    notes.forEach((text, i) => index.update(`notes/${i}.md`, text));
    const at = notes[1000].indexOf('@[') - 3;
    let k = 0;
    const keystrokeMs = measure(
      () => notes[1000].slice(0, at) + 'xy'.charAt(k++ % 2) + notes[1000].slice(at),
      text => index.update('notes/1000.md', text),
      RUNS * 4,
    );
    const completionMs = measure(
      () => open(network),
      model => mentionCandidates(model, 'Pri', 50).length,
    );
    results.mentions = {
      files: notes.length,
      bytes,
      mentions,
      indexMs,
      refMs,
      ratio: ratio(indexMs, refMs),
      keystrokeMs,
      completionMs,
    };
    const mb = (bytes / 1e6).toFixed(1);
    table.push([
      `mentions: index 2,000 notes (${mb} MB, ${mentions.toLocaleString('en-US')})`,
      `${indexMs} ms`,
      `regex ${refMs} ms`,
      `ratio ${ratio(indexMs, refMs)}`,
      'target ≤ 1,000 ms, ratio ≤ 3',
    ]);
    table.push(['mentions: a keystroke in one note', `${keystrokeMs} ms`, '', '', 'target ≤ 5 ms']);
    table.push(['mentions: completion at 30,000 people', `${completionMs} ms`, '', '', 'target ≤ 50 ms']);
  }
}
