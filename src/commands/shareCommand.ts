import * as vscode from 'vscode';
import { planShare } from '../model/actions/shareWithAudience';
import type { EntryRef } from '../model/people/identity';
import { plainParts, plainTitle } from '../model/people/plainLabel';
import { audienceItem, audienceOf, sentNote } from '../model/posts/audience';
import { blueprintsOf } from '../model/posts/blueprints';
import { draftTitle } from '../model/posts/draftTitle';
import { postInfo } from '../model/posts/postLint';
import type { Clock } from '../services/clock';
import type { Configuration } from '../services/configuration';
import type { EditApplier } from '../services/editApplier';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import { UserError } from '../services/userError';
import type { CommandTable } from './commandTable';
import { draftText } from './draftTarget';
import { givenContacts, modelToPickFrom, pickContacts } from './contactsPick';
import { notify } from '../services/notify';
import { status } from '../services/statusText';

/**
 * shareWithAudience(uri?, refs?) (contract §3, version 1): logs `Sent "<title>" <url>` as a note
 * on each chosen contact (dated today, `lastContact: today`) in one edit. Without refs, a
 * multi-select pick of the draft's blueprint's audience, longest unheard first. Resolves to the
 * number of people; 0 when there is nobody to send to; undefined when the pick is cancelled.
 */
export function shareCommand(
  store: NetworkStore,
  applier: EditApplier,
  config: Configuration,
  clock: Clock,
): CommandTable {
  return {
    async shareWithAudience(uriArg?: unknown, refsArg?: unknown): Promise<number | undefined> {
      await store.ready();
      const given = givenContacts(
        refsArg,
        vscode.l10n.t(
          'Contractor Network: shareWithAudience takes a draft and a list of entry references like [{ "name": "Ann Kim" }].',
        ),
      );
      const { uri, text } = await draftText(uriArg);
      const file = fileFor(store, uri, given);
      const name = uri.path.split('/').pop() ?? '';
      const title = draftTitle(text, name);
      const url = postInfo(text).url;
      const note = sentNote(title, url);
      const refs = given ?? (await pickAudience(file, text, name, { title, url }, clock.today()));
      if (refs === undefined) {
        return undefined;
      }
      if (refs.length === 0) {
        return 0;
      }
      const ctx = { today: clock.today(), snoozeDays: config.snoozeDays() };
      const result = await applier.apply(file, model => planShare(model, refs, note, ctx));
      status.flash(result.message, 6000, 'check');
      return Number(result.made ?? 0);
    },
  };
}

/** The network file of the draft's folder (or of the folder the refs name). */
function fileFor(store: NetworkStore, draft: vscode.Uri, refs: readonly EntryRef[] | undefined): NetworkFile {
  const folder = refs?.find(r => r.folder)?.folder;
  const draftFolder = vscode.workspace.getWorkspaceFolder(draft);
  const file = folder
    ? store.fileForFolder(folder)
    : (store.all.find(f => f.folder.uri.toString() === draftFolder?.uri.toString()) ?? store.fileForFolder());
  if (!file) {
    throw new UserError(
      vscode.l10n.t(
        'There is no network.yaml in this workspace yet. Use "Create network.yaml" in the Contractor Network view.',
      ),
    );
  }
  return file;
}

/** The pick of the blueprint's audience; [] (after saying why) when there is nobody to pick. */
async function pickAudience(
  file: NetworkFile,
  text: string,
  name: string,
  draft: { readonly title: string; readonly url?: string },
  today: string,
): Promise<EntryRef[] | undefined> {
  const model = modelToPickFrom(file);
  const id = postInfo(text).blueprint?.trim();
  const blueprint = id ? blueprintsOf(model).find(b => b.id === id) : undefined;
  const why = !id
    ? vscode.l10n.t(
        '{0} has no blueprint: its audience comes from the blueprint. Add `blueprint: <id>` to its front matter. Nothing was logged.',
        name,
      )
    : !blueprint
      ? vscode.l10n.t('The blueprint "{0}" of {1} is not in network.yaml. Nothing was logged.', id, name)
      : blueprint.audience.length === 0
        ? vscode.l10n.t(
            'The blueprint "{0}" names no audience: add `audience: [client, prospect]` (categories) to it in network.yaml. Nothing was logged.',
            id,
          )
        : undefined;
  const members = blueprint && !why ? audienceOf(model, blueprint) : [];
  if (why || members.length === 0) {
    void notify.info(
      why ??
        vscode.l10n.t(
          'No contact is in the audience of "{0}" ({1}). Nothing was logged.',
          blueprint!.title,
          blueprint!.audience.join(', '),
        ),
    );
    return [];
  }
  return pickContacts(
    members.map(m => audienceItem(m, draft, today)),
    vscode.l10n.t(
      'Share "{0}" with its audience ({1})',
      plainTitle(draft.title),
      plainParts(blueprint!.audience, plainTitle, ', '),
    ),
    vscode.l10n.t('Longest unheard first; each one you check gets a note'),
  );
}
