// Two branches of one network.yaml, each changed by the extension's own actions, merged the way
// git merges a text file, and what a merge by person must keep of them: every person, note,
// tag, decision, opportunity and comment of either branch.

import * as assert from 'assert';
import * as fc from 'fast-check';
import type { ActionKind } from '../../src/model/actions/actionSpec';
import { ACTION_LIST, planAction } from '../../src/model/actions/networkEdits';
import type { Entry, NetworkModel } from '../../src/model/network/network';
import { PERSON_LISTS, record, text, textList } from '../../src/model/network/network';
import { parseNetwork } from '../../src/model/network/networkParser';
import { notesOf } from '../../src/model/opportunities/opportunity';
import { identityOfEntry } from '../../src/model/people/person';
import { applyEdits } from '../../src/model/yaml/textEdits';
import { requestFor } from './actionRequests';
import { comments } from './fidelity';
import { trickyText } from './networkArbitrary';

const KINDS = Object.keys(ACTION_LIST) as ActionKind[];
export const BRANCH_CTX = { today: '2026-11-26', snoozeDays: 7 };

export const branchAction = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(),
  value: fc.oneof(trickyText, fc.constantFrom('client', 'peer', 'kafka', 'from the laptop', 'from the desktop')),
});
export type BranchAction = typeof branchAction extends fc.Arbitrary<infer T> ? T : never;

/** The text after a sequence of actions (those the file refuses, like an empty note, are skipped). */
export function runActions(base: string, actions: readonly BranchAction[]): string {
  let t = base;
  for (const a of actions) {
    const model = parseNetwork(t);
    const list = model[ACTION_LIST[a.kind]];
    if (!list.length) {
      continue;
    }
    const entry = list[a.pick % list.length];
    const r = planAction(model, { kind: a.kind, ...requestFor(a.kind, entry, a.value) }, BRANCH_CTX);
    if (r.ok) {
      t = applyEdits(t, r.edits);
    }
  }
  return t;
}

const PERSON = new Set<string>(PERSON_LISTS);

/** Each person by identity: their list and entry; each opportunity by id. */
function index(model: NetworkModel): { people: Map<string, Entry[]>; opportunities: Map<string, Entry[]> } {
  const people = new Map<string, Entry[]>();
  for (const list of PERSON_LISTS) {
    for (const e of model[list]) {
      const id = identityOfEntry(e) ?? `text:${e.parsed.text}`;
      people.set(id, [...(people.get(id) ?? []), e]);
    }
  }
  const opportunities = new Map<string, Entry[]>();
  for (const e of model.opportunities) {
    const id = text(record(e).id)?.trim() ?? `text:${e.parsed.text}`;
    opportunities.set(id, [...(opportunities.get(id) ?? []), e]);
  }
  return { people, opportunities };
}

const noteKey = (n: { date?: string; text: string }): string => `${n.date ?? ''}|${n.text}`;

/** Every note, tag and (for people) decision of `side`'s entry is in the merged entry. */
function assertKept(what: string, side: Entry, merged: Entry, base: Entry | undefined, other: Entry | undefined): void {
  const m = record(merged);
  const notes = new Set(notesOf(m.notes).map(noteKey));
  for (const n of notesOf(record(side).notes)) {
    assert.ok(notes.has(noteKey(n)), `${what}: the note ${JSON.stringify(n)} was lost`);
  }
  const tags = new Set(textList(m.tags).map(t => t.toLowerCase()));
  for (const t of textList(record(side).tags)) {
    assert.ok(tags.has(t.toLowerCase()), `${what}: the tag ${t} was lost`);
  }
  if (!PERSON.has(side.list) || !other) {
    return;
  }
  const lists = [side.list, other.list];
  assert.ok(lists.includes(merged.list), `${what}: ended in ${merged.list}, neither side's list`);
  if (side.list !== 'invitations' && other.list === 'invitations' && side.list !== base?.list) {
    assert.strictEqual(merged.list, side.list, `${what}: a decision (${side.list}) lost to pending`);
  }
  const decidedHere = side.list !== base?.list && side.list !== 'invitations';
  if (decidedHere && merged.list !== side.list) {
    assert.ok(
      notesOf(m.notes).some(n => n.text.startsWith('Merge of') && n.text.includes(side.list)),
      `${what}: the decision ${side.list} is neither kept nor noted`,
    );
  }
}

/** What a merge by person must keep of the two branches (and how the result must read). */
export function assertNothingLost(ours: string, theirs: string, base: string, merged: string): void {
  const result = parseNetwork(merged);
  assert.deepStrictEqual(result.syntaxErrors, [], merged);
  const [o, t, b, r] = [ours, theirs, base, merged].map(x => index(parseNetwork(x)));
  for (const [side, other] of [
    [o, t],
    [t, o],
  ]) {
    for (const [id, entries] of side.people) {
      const got = r.people.get(id);
      assert.ok(got, `${id} was lost:\n${merged}`);
      assert.ok(got.length <= Math.max(entries.length, other.people.get(id)?.length ?? 0), `${id} twice:\n${merged}`);
      assertKept(id, entries[0], got[0], b.people.get(id)?.[0], other.people.get(id)?.[0]);
    }
    for (const [id, entries] of side.opportunities) {
      const got = r.opportunities.get(id);
      assert.ok(got, `the opportunity ${id} was lost:\n${merged}`);
      assertKept(id, entries[0], got[0], undefined, undefined);
    }
  }
  const after = comments(merged);
  for (const side of [ours, theirs]) {
    for (const [c, n] of comments(side)) {
      assert.ok((after.get(c) ?? 0) >= n, `the comment ${c} was lost:\n${merged}`);
    }
  }
}

/**
 * The weaker promise of a merge rebuilt from the markers alone: nothing of either branch is gone
 * from the file (people, notes, tags, opportunities, comments), though a line git's merge attached
 * to the wrong person may have stayed with them.
 */
export function assertNothingLostInFile(ours: string, theirs: string, merged: string): void {
  const result = parseNetwork(merged);
  assert.deepStrictEqual(result.syntaxErrors, [], merged);
  const r = index(result);
  const allNotes = new Set(
    [...r.people.values(), ...r.opportunities.values()].flat().flatMap(e => notesOf(record(e).notes).map(noteKey)),
  );
  const allTags = new Set(
    [...r.people.values()].flat().flatMap(e => textList(record(e).tags).map(t => t.toLowerCase())),
  );
  for (const side of [ours, theirs].map(x => index(parseNetwork(x)))) {
    for (const [id, entries] of [...side.people, ...side.opportunities]) {
      assert.ok(r.people.has(id) || r.opportunities.has(id), `${id} was lost:\n${merged}`);
      for (const n of notesOf(record(entries[0]).notes)) {
        assert.ok(allNotes.has(noteKey(n)), `${id}: the note ${JSON.stringify(n)} is nowhere:\n${merged}`);
      }
      for (const t of textList(record(entries[0]).tags)) {
        assert.ok(allTags.has(t.toLowerCase()), `${id}: the tag ${t} is nowhere:\n${merged}`);
      }
    }
  }
  const after = comments(merged);
  for (const side of [ours, theirs]) {
    for (const [c, n] of comments(side)) {
      assert.ok((after.get(c) ?? 0) >= n, `the comment ${c} was lost:\n${merged}`);
    }
  }
}
