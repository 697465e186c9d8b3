import * as vscode from 'vscode';
import { planCleanUp } from '../model/actions/cleanUp';
import type { Entry } from '../model/network/network';
import { cleanUpCandidates, lastNote } from '../model/people/cleanUp';
import type { EntryRef } from '../model/people/identity';
import { personOf } from '../model/people/person';
import { plainLabel, plainParts } from '../model/people/plainLabel';
import type { Clock } from '../services/clock';
import type { Configuration } from '../services/configuration';
import type { EditApplier } from '../services/editApplier';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import { UserError } from '../services/userError';
import type { CommandTable } from './commandTable';
import type { ContactItem } from './contactsPick';
import { givenContacts, modelToPickFrom, pickContacts } from './contactsPick';
import { notify } from '../services/notify';
import { status } from '../services/statusText';

/**
 * cleanUp(refs?) (contract §3, version 1): the chosen contacts are removed as remove does, with
 * `reason: clean-up`, in one edit; without refs, a multi-select pick of the candidates (connected
 * longer ago than `cleanupMonths`, never noted or contacted, not a client or prospect), oldest
 * connection first. Resolves to the number of people removed.
 */
export function cleanUpCommand(
  store: NetworkStore,
  applier: EditApplier,
  config: Configuration,
  clock: Clock,
): CommandTable {
  return {
    async cleanUp(refsArg?: unknown): Promise<number | undefined> {
      await store.ready();
      const given = givenContacts(
        refsArg,
        vscode.l10n.t('Contractor Network: cleanUp takes a list of entry references like [{ "name": "Ann Kim" }].'),
      );
      const file = fileFor(store, given);
      const refs = given ?? (await pickCandidates(file, clock.today(), config.cleanupMonths()));
      if (!refs) {
        return undefined;
      }
      const ctx = {
        today: clock.today(),
        snoozeDays: config.snoozeDays(),
        linkedinTodos: config.isOn('linkedinTodos'),
      };
      const result = await applier.apply(file, model => planCleanUp(model, refs, ctx));
      status.flash(result.message, 6000, 'check');
      return Number(result.made ?? 0);
    },
  };
}

function fileFor(store: NetworkStore, refs: readonly EntryRef[] | undefined): NetworkFile {
  const folder = refs?.find(r => r.folder)?.folder;
  const active = vscode.window.activeTextEditor?.document.uri;
  const file = folder ? store.fileForFolder(folder) : ((active && store.fileForUri(active)) ?? store.all[0]);
  if (!file) {
    throw new UserError(
      vscode.l10n.t(
        'There is no network.yaml in this workspace yet. Use "Create network.yaml" in the Contractor Network view.',
      ),
    );
  }
  return file;
}

async function pickCandidates(file: NetworkFile, today: string, months: number): Promise<EntryRef[] | undefined> {
  const model = modelToPickFrom(file);
  const candidates = cleanUpCandidates(model, today, months);
  if (candidates.length === 0) {
    void notify.info(
      vscode.l10n.t(
        'Nothing to clean up: every contact connected more than {0} months ago has a note or a last contact, or is a client or prospect.',
        months,
      ),
    );
    return undefined;
  }
  return pickContacts(
    candidates.map(candidateItem),
    candidates.length === 1
      ? vscode.l10n.t('Clean up: 1 quiet contact, oldest connection first')
      : vscode.l10n.t('Clean up: {0} quiet contacts, oldest connection first', candidates.length),
    vscode.l10n.t(
      'Connected more than {0} months ago, never noted or contacted. Check whom to remove (kept in the archive).',
      months,
    ),
  );
}

function candidateItem(entry: Entry): ContactItem {
  const p = personOf(entry);
  const note = lastNote(p);
  return {
    label: plainLabel(p.name),
    description: plainParts([
      vscode.l10n.t('connected {0}', p.connected ?? ''),
      p.category ?? vscode.l10n.t('no category'),
      p.position,
      p.company,
    ]),
    detail: note
      ? note.date
        ? vscode.l10n.t('Last note {0}: {1}', note.date, plainLabel(note.text))
        : vscode.l10n.t('Last note: {0}', plainLabel(note.text))
      : vscode.l10n.t('No notes'),
    ref: { name: p.name, profile: p.profile, list: 'contacts', index: entry.index },
  };
}
