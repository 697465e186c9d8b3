// The extension's sources read as text, for the tests that allow an API in one file only.
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './repoRoot';

/** Every .ts file under `dir`. */
export function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(d =>
      d.isDirectory() ? sourceFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
    );
}

/** The code of a file with its comments blanked (a comment may name the API it avoids). */
export function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g, c => c.replace(/[^\n]/g, ' '));
}

/** `file:line: code` of each match of `pattern` (global) in the file's code. */
export function usesIn(file: string, pattern: RegExp): string[] {
  const lines = code(fs.readFileSync(file, 'utf8')).split('\n');
  return lines.flatMap((line, i) =>
    [...line.matchAll(pattern)].map(() => `${path.relative(REPO_ROOT, file)}:${i + 1}: ${line.trim()}`),
  );
}

/** The line numbers where `pattern` is found in a probe file of `lines` (written under out/, then removed). */
export function probeLines(name: string, lines: readonly string[], pattern: RegExp): string[] {
  const probe = path.join(REPO_ROOT, 'out', `${name}-probe.tmp.ts`);
  fs.mkdirSync(path.dirname(probe), { recursive: true });
  fs.writeFileSync(probe, lines.join('\n'));
  try {
    return usesIn(probe, pattern).map(u => u.split(':')[1]);
  } finally {
    fs.rmSync(probe);
  }
}
