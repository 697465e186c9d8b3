import * as fc from 'fast-check';
import type { ActionKind } from '../../src/model/actions/actionSpec';
import type { ActionContext } from '../../src/model/actions/actionSpec';
import { ACTION_LIST, planAction } from '../../src/model/actions/networkEdits';
import type { NetworkModel } from '../../src/model/network/network';
import type { TextChange } from '../../src/model/yaml/changes';
import { applyEdits } from '../../src/model/yaml/textEdits';
import { requestFor } from './actionRequests';

const KINDS = Object.keys(ACTION_LIST) as ActionKind[];

/** One step of a random editing session: an action on a picked entry, or typed text at a place. */
export type EditStep =
  | { readonly type: 'action'; readonly kind: ActionKind; readonly pick: number }
  | { readonly type: 'type'; readonly at: number; readonly del: number; readonly ins: string };

/** Steps that are actions (any kind) or typing (up to 3 characters deleted, one of `typed` inserted). */
export function editStep(typed: readonly string[]): fc.Arbitrary<EditStep> {
  return fc.oneof(
    fc.record({ type: fc.constant('action' as const), kind: fc.constantFrom(...KINDS), pick: fc.nat() }),
    fc.record({
      type: fc.constant('type' as const),
      at: fc.nat(),
      del: fc.nat({ max: 3 }),
      ins: fc.constantFrom(...typed),
    }),
  );
}

/**
 * The text after `step` and the changes that made it, as the editor reports them to the parser;
 * undefined when the action has nothing to act on or is refused (the session skips the step).
 */
export function applyStep(
  model: NetworkModel,
  text: string,
  step: EditStep,
  ctx: ActionContext,
): { next: string; changes: TextChange[] } | undefined {
  if (step.type === 'action') {
    const list = model[ACTION_LIST[step.kind]];
    if (model.syntaxErrors.length || list.length === 0) {
      return undefined;
    }
    const request = requestFor(step.kind, list[step.pick % list.length], 'note');
    const r = planAction(model, { kind: step.kind, ...request }, ctx);
    if (!r.ok) {
      return undefined;
    }
    const changes = r.edits.map(e => ({ start: e.start, oldEnd: e.end, delta: e.text.length - (e.end - e.start) }));
    return { next: applyEdits(text, r.edits), changes };
  }
  const at = step.at % (text.length + 1);
  const end = Math.min(text.length, at + step.del);
  return {
    next: text.slice(0, at) + step.ins + text.slice(end),
    changes: [{ start: at, oldEnd: end, delta: step.ins.length - (end - at) }],
  };
}
