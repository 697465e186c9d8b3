// What a user sees of a problem in the Problems panel: its code, severity, message, quick fix
// and where it sits, as [startLine, startColumn, endLine, endColumn] (0-based, like vscode.Range).

import type { Problem } from '../../../src/model/network/network';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { validateNetwork } from '../../../src/model/validation/networkValidation';
import { lineColumn } from '../../../src/model/yaml/lineIndex';

export type LineRange = [number, number, number, number];

export interface ShownProblem {
  code: string;
  severity: string;
  message: string;
  range: LineRange;
  fix?: string;
  related?: { range: LineRange; message: string };
}

/** The lines of a network.yaml, joined with "\n" and ended with one. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** The problems of `text` as parsed and validated, as the user sees them. */
export function problemsOf(text: string): ShownProblem[] {
  return shown(text, validateNetwork(new NetworkParser().parse(text)));
}

export function shown(text: string, problems: readonly Problem[]): ShownProblem[] {
  return problems.map(p => {
    const s: ShownProblem = {
      code: p.code,
      severity: p.severity,
      message: p.message,
      range: lineRange(text, p.start, p.end),
    };
    if (p.fix) {
      s.fix = `${p.fix.title} -> ${p.fix.text}`;
    }
    if (p.related) {
      s.related = { range: lineRange(text, p.related.start, p.related.end), message: p.related.message };
    }
    return s;
  });
}

export function lineRange(text: string, start: number, end: number): LineRange {
  const a = lineColumn(text, start);
  const b = lineColumn(text, end);
  return [a.line, a.column, b.line, b.column];
}

/** The range of the `occurrence`-th (0-based) `needle` in `text`: where a problem should sit. */
export function rangeOfText(text: string, needle: string, occurrence = 0): LineRange {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) {
      throw new Error(`"${needle}" (${occurrence}) is not in the text`);
    }
  }
  return lineRange(text, at, at + needle.length);
}
