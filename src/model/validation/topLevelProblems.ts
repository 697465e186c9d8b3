// The problems of the file's top level: the shape of each section (`version`, `me`, `cadence`,
// the lists themselves), and cadence keys that are not categories. The lists' entries are
// checked one by one elsewhere (entryProblems), where their results are cached.

import * as l10n from '@vscode/l10n';
import type { NetworkModel, Problem } from '../network/network';
import { isRealDay } from '../calendar/dates';
import { CATEGORIES, isRecord } from '../network/network';
import { ME_IR35 } from '../opportunities/opportunity';
import { PROBLEM_CODES } from './problemCodes';
import { sectionRange } from './problemRanges';
import { networkSchemaViolations } from './schemaCheck';
import { unknownValueProblem } from './suggestions';

/** Every problem of the top level, at absolute offsets. */
export function topLevelProblems(model: NetworkModel): Problem[] {
  return [...sectionShapeProblems(model), ...cadenceCategoryProblems(model), ...meProblems(model)];
}

function sectionShapeProblems(model: NetworkModel): Problem[] {
  const instance: Record<string, unknown> = {};
  for (const s of model.sections) {
    // list items are validated entry by entry (cached); here only the lists' own shape
    instance[s.key] = s.entries.length > 0 ? [] : s.value;
  }
  const out: Problem[] = [];
  for (const v of networkSchemaViolations(instance)) {
    const sec = model.sections.find(s => s.key === v.path[0]);
    if (!sec) {
      continue;
    }
    if (v.path[0] === 'cadence' && v.keyword === 'enum' && v.path.length === 2) {
      continue; // an unknown category: cadenceCategoryProblems says it with a suggestion
    }
    if (v.path[0] === 'me' && (v.keyword === 'enum' || v.keyword === 'pattern')) {
      continue; // meProblems says it, with a suggestion or the day's form
    }
    out.push({
      code: v.path[0] === 'version' ? PROBLEM_CODES.version : PROBLEM_CODES.schema,
      severity: 'error',
      ...sectionRange(model, sec, v.path.slice(1)),
      message: v.message,
    });
  }
  return out;
}

function cadenceCategoryProblems(model: NetworkModel): Problem[] {
  const cadence = model.sections.find(s => s.key === 'cadence');
  if (!cadence || !isRecord(cadence.value)) {
    return [];
  }
  const out: Problem[] = [];
  for (const key of Object.keys(cadence.value)) {
    if (!(CATEGORIES as readonly string[]).includes(key)) {
      const at = model.text.indexOf(key, cadence.headerEnd);
      if (at >= 0) {
        const range = { start: at, end: at + key.length };
        out.push(unknownValueProblem(PROBLEM_CODES.unknownCategory, 'category', key, CATEGORIES, range));
      }
    }
  }
  return out;
}

/** `me.ir35` from its fixed set (with a suggestion), `me.availableFrom` a real day. */
function meProblems(model: NetworkModel): Problem[] {
  const me = model.sections.find(s => s.key === 'me');
  if (!me || !isRecord(me.value)) {
    return [];
  }
  const out: Problem[] = [];
  const ir35 = me.value.ir35;
  if (typeof ir35 === 'string' && !(ME_IR35 as readonly string[]).includes(ir35)) {
    out.push(
      unknownValueProblem(
        PROBLEM_CODES.unknownIr35,
        l10n.t('IR35 preference'),
        ir35,
        ME_IR35,
        sectionRange(model, me, ['ir35']),
      ),
    );
  }
  const from = me.value.availableFrom;
  if (from !== undefined && from !== null && !(typeof from === 'string' && isRealDay(from))) {
    out.push({
      code: PROBLEM_CODES.invalidDate,
      severity: 'error',
      ...sectionRange(model, me, ['availableFrom']),
      message: l10n.t('Write availableFrom as a real day, YYYY-MM-DD, e.g. 2027-04-01 (found "{0}").', String(from)),
    });
  }
  return out;
}
