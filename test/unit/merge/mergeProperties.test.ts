import * as assert from 'assert';
import * as fc from 'fast-check';
import { planAction } from '../../../src/model/actions/networkEdits';
import type { Entry } from '../../../src/model/network/network';
import { planImport } from '../../../src/model/linkedin/importMerge';
import { isConflicted, MERGE_CONFLICT_CODE } from '../../../src/model/merge/conflictMarkers';
import { mergeChecked, planResolveConflict } from '../../../src/model/merge/resolveConflict';
import { planResolveFromVersions } from '../../../src/model/merge/resolveFromVersions';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { validateNetwork } from '../../../src/model/validation/networkValidation';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import {
  assertNothingLost,
  assertNothingLostInFile,
  BRANCH_CTX,
  branchAction,
  runActions,
} from '../../support/branchMerge';
import { mergeLines } from '../../support/lineMerge';
import { network, renderNetwork } from '../../support/networkArbitrary';
import { runs } from '../../support/runs';

const TODAY = '2026-11-27';
const branches = fc.tuple(
  network,
  fc.array(branchAction, { minLength: 1, maxLength: 6 }),
  fc.array(branchAction, { minLength: 1, maxLength: 6 }),
  fc.boolean(),
);

/** Error codes of a text's problems. */
function errorCodes(text: string): Set<string> {
  return new Set(
    validateNetwork(parseNetwork(text))
      .filter(p => p.severity === 'error')
      .map(p => p.code),
  );
}

function assertNoNewErrors(ours: string, theirs: string, result: string): void {
  const before = new Set([...errorCodes(ours), ...errorCodes(theirs)]);
  for (const code of errorCodes(result)) {
    assert.ok(before.has(code), `the merge made a new error: ${code}\n${result}`);
  }
}

// A random seed each run, as the other properties; CN_MERGE_SEED=<n> replays one (fast-check prints
// the seed of a failure). Seed 564508850 once found a list emptied by the merge losing its key line
// and comment: fixed, and kept as a unit test in resolveConflict.test.ts.
const MARKERS_SEED = process.env.CN_MERGE_SEED ? Number(process.env.CN_MERGE_SEED) : undefined;

suite('merge by person: two branches of random actions', () => {
  test('from git’s own copies of the versions: every person, note, tag, decision, opportunity and comment of both is kept', () => {
    fc.assert(
      fc.property(branches, ([n, oursActions, theirsActions, withBase]) => {
        const base = renderNetwork(n);
        const ours = runActions(base, oursActions);
        const theirs = runActions(base, theirsActions);
        const ancestor = withBase ? { model: parseNetwork(base), inConflict: () => true } : undefined;
        const ctx = { today: TODAY, oursLabel: 'HEAD', theirsLabel: 'desktop', listOf: (e: Entry) => e.list };
        const merged = mergeChecked(parseNetwork(ours), parseNetwork(theirs), ancestor, ctx);
        assert.ok(!('refused' in merged), 'refused' in merged ? merged.refused.plan.message : '');
        assertNothingLost(ours, theirs, withBase ? base : '', merged.text);
        assertNoNewErrors(ours, theirs, merged.text);
        if (ours === theirs) {
          assert.strictEqual(merged.text, ours, 'the same version twice merges to itself');
        }
        const file = mergeLines(base, ours, theirs, { diff3: withBase, oursLabel: 'HEAD', theirsLabel: 'desktop' });
        if (file.conflicts > 0) {
          const r = planResolveFromVersions(file.text, { ours, theirs, base: withBase ? base : undefined }, TODAY);
          assert.ok(r.plan.ok, r.plan.ok ? '' : r.plan.message);
          assert.strictEqual(applyEdits(file.text, r.plan.edits), merged.text, 'one edit of the file gives the merge');
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  test('from the markers alone: one problem per conflict, no action writes, and the merge keeps everything in the file', () => {
    const seen = { clean: 0, resolved: 0, exact: 0, refused: 0 };
    fc.assert(
      fc.property(branches, ([n, oursActions, theirsActions, diff3]) => {
        const base = renderNetwork(n);
        const ours = runActions(base, oursActions);
        const theirs = runActions(base, theirsActions);
        const merged = mergeLines(base, ours, theirs, { diff3, oursLabel: 'HEAD', theirsLabel: 'desktop' });
        if (merged.conflicts === 0) {
          seen.clean++;
          return;
        }
        const model = parseNetwork(merged.text);
        assert.ok(isConflicted(model));
        assert.strictEqual(model.syntaxErrors.length, merged.conflicts, 'one problem per conflict, nothing more');
        assert.ok(model.syntaxErrors.every(p => p.code === MERGE_CONFLICT_CODE));
        const refused = planAction(model, { kind: 'addNote', ref: { name: 'x' }, value: 'x' }, BRANCH_CTX);
        assert.ok(!refused.ok && /merge conflict/.test(refused.message), 'actions are refused');
        assert.ok(!planImport(model, { connections: [], invitations: [], messages: [], files: [] }, TODAY).ok);
        const r = planResolveConflict(merged.text, TODAY);
        if (!r.plan.ok) {
          // the only refusal: git's line merge mixed the versions so that one of them no longer reads
          assert.match(r.plan.message, /does not read as YAML, at line \d+ of network\.yaml/);
          seen.refused++;
          return;
        }
        seen.resolved++;
        const result = applyEdits(merged.text, r.plan.edits);
        assertNothingLostInFile(ours, theirs, result);
        assertNoNewErrors(ours, theirs, result);
        try {
          assertNothingLost(ours, theirs, diff3 ? base : '', result);
          seen.exact++;
        } catch {
          // a line attached to the wrong person by git's merge: counted below
        }
      }),
      { numRuns: runs(1000), ...(MARKERS_SEED === undefined ? {} : { seed: MARKERS_SEED }) },
    );
    const conflicted = seen.resolved + seen.refused;
    assert.ok(
      conflicted >= (seen.clean + conflicted) / 4,
      `enough conflicts to mean something: ${JSON.stringify(seen)}`,
    );
    assert.ok(seen.refused <= conflicted / 10, `refusals stay rare: ${JSON.stringify(seen)}`);
    // rebuilt from the markers alone, a line git's merge attached to the wrong person stays with them
    // (measured: 443 of 541 resolved files exactly right); the command uses git's own copies when it can
    assert.ok(seen.exact >= seen.resolved * 0.7, `most files exactly right: ${JSON.stringify(seen)}`);
    console.log(`      ${JSON.stringify(seen)}`);
  });
});
