// Which document a model is of: the models one NetworkParser made, one after the other, share an
// owner, so that what is worked out for one of them (the validation) can be updated for the next.

import type { NetworkModel } from './network';

const OWNER_OF = new WeakMap<NetworkModel, object>();

/** Records that `model` is the latest model of the document `owner` parses. */
export function recordDocument(model: NetworkModel, owner: object): void {
  OWNER_OF.set(model, owner);
}

/** The owner recorded for `model`; undefined for a parse without memory. */
export function documentOf(model: NetworkModel): object | undefined {
  return OWNER_OF.get(model);
}
