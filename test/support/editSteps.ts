import * as assert from 'assert';
import * as fc from 'fast-check';
import type { ActionKind } from '../../src/model/actions/actionSpec';
import type { ActionContext } from '../../src/model/actions/actionSpec';
import { ACTION_LIST, planAction } from '../../src/model/actions/networkEdits';
import type { NetworkModel } from '../../src/model/network/network';
import type { TextChange } from '../../src/model/yaml/changes';
import { PieceText } from '../../src/model/yaml/pieceText';
import type { TextEdit } from '../../src/model/yaml/textEdits';
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

/** The text of a session both ways: as the extension keeps it (blocks) and as one string (what it must equal). */
export interface SessionText {
  readonly piece: PieceText;
  readonly flat: string;
}

/** A session's first text, cut into blocks of `blockSize` characters (small: edits meet block ends). */
export function sessionText(text: string, blockSize = 64): SessionText {
  return { piece: PieceText.of(text, blockSize), flat: text };
}

/**
 * The text after `step` and the changes that made it, as the editor reports them to the parser;
 * undefined when the action has nothing to act on or is refused (the session skips the step).
 * The blocks are edited as the extension edits them, and checked against the same edits applied
 * to the string (read through the blocks, so that the next reads still go through them).
 */
export function applyStep(
  model: NetworkModel,
  text: SessionText,
  step: EditStep,
  ctx: ActionContext,
): { next: SessionText; changes: TextChange[] } | undefined {
  const edits = stepEdits(model, text.flat, step, ctx);
  if (!edits) {
    return undefined;
  }
  const next = { piece: text.piece.edit(edits), flat: applyEdits(text.flat, edits) };
  assert.strictEqual(next.piece.slice(0, next.piece.length), next.flat);
  const changes = edits.map(e => ({ start: e.start, oldEnd: e.end, delta: e.text.length - (e.end - e.start) }));
  return { next, changes };
}

function stepEdits(model: NetworkModel, text: string, step: EditStep, ctx: ActionContext): TextEdit[] | undefined {
  if (step.type === 'action') {
    const list = model[ACTION_LIST[step.kind]];
    if (model.syntaxErrors.length || list.length === 0) {
      return undefined;
    }
    const request = requestFor(step.kind, list[step.pick % list.length], 'note');
    const r = planAction(model, { kind: step.kind, ...request }, ctx);
    return r.ok ? [...r.edits] : undefined;
  }
  const at = step.at % (text.length + 1);
  const end = Math.min(text.length, at + step.del);
  return [{ start: at, end, text: step.ins }];
}
