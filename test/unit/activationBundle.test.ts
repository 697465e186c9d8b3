import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../support/repoRoot';

// What activation loads (dist/extension.js, the Node build's main bundle; esbuild.mjs) holds the
// action table's rows, which the views read, and not the plans, which only a command runs: those
// load with dist/lazy/onDemand.js. A row that imported a plan, or EntryFields, would bring them
// back into activation (docs/architecture.md, "How to add an action").
const META = path.join(REPO_ROOT, 'dist', 'extension.meta.json');

const ONLY_ON_DEMAND = [
  'src/model/actions/actionPlans.ts',
  'src/model/actions/personPlans.ts',
  'src/model/actions/opportunityActionPlans.ts',
  'src/model/actions/linkedinPlans.ts',
  'src/model/actions/actionStep.ts',
  'src/model/actions/networkEdits.ts',
  'src/model/actions/listEdits.ts',
  'src/model/yaml/entryFields.ts',
  'src/model/opportunities/opportunityPlans.ts',
  'src/services/editApplier.ts',
];

suite('activation bundle: the action table without its plans', () => {
  test('dist/extension.js holds the rows of the action table and none of the plans, their edits or the edit applier', () => {
    assert.ok(fs.existsSync(META), 'the bundles are built before the unit tests (node esbuild.mjs)');
    const meta = JSON.parse(fs.readFileSync(META, 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, unknown> }>;
    };
    const inputs = Object.keys(meta.outputs['dist/extension.js'].inputs);
    for (const rows of ['actionTable', 'personActions', 'opportunityActions', 'linkedinActions']) {
      assert.ok(inputs.includes(`src/model/actions/${rows}.ts`), `${rows}.ts is loaded at activation`);
    }
    assert.deepStrictEqual(
      ONLY_ON_DEMAND.filter(f => inputs.includes(f)),
      [],
      'only a command needs these (they belong in lazy/onDemand.js)',
    );
    for (const f of ONLY_ON_DEMAND) {
      assert.ok(fs.existsSync(path.join(REPO_ROOT, f)), `${f} exists (rename it here too)`);
    }
  });
});
