import * as vscode from 'vscode';
import type { NewPerson } from '../model/actions/addPerson';
import { ADD_PERSON_FIELDS, existingPerson, planAddPerson } from '../model/actions/addPerson';
import { refuseIfBroken } from '../model/actions/networkEdits';
import { CATEGORIES } from '../model/network/network';
import { personOf } from '../model/people/person';
import { readProfileUrl } from '../model/linkedin/profileUrl';
import { lookalikes, whereInNetwork } from '../model/people/lookalikes';
import { plainLabel, plainMessage, plainParts, plainTitle } from '../model/people/plainLabel';
import type { EntryRef } from '../model/people/identity';
import type { Entry } from '../model/network/network';
import type { Clock } from '../services/clock';
import type { EditApplier } from '../services/editApplier';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import { UserError } from '../services/userError';
import type { CommandTable } from './commandTable';
import { status } from '../services/statusText';

/** The list and category chosen in one pick: a contact of a category, or a pending invitation. */
interface Placement extends vscode.QuickPickItem {
  readonly list: 'contacts' | 'invitations';
  readonly category?: string;
}

/**
 * addPerson(profileUrl?, fields?) (contract §3, version 1): a person from their LinkedIn profile
 * URL (the argument, or the one on the clipboard), without waiting for LinkedIn's export.
 * Resolves to the new entry's reference; someone already in the file is refused and shown.
 */
export function addPersonCommand(store: NetworkStore, applier: EditApplier, clock: Clock): CommandTable {
  return {
    async addPerson(urlArg?: unknown, fieldsArg?: unknown): Promise<EntryRef | undefined> {
      await store.ready();
      const file = targetFile(store);
      const broken = refuseIfBroken(file.current());
      if (broken) {
        throw new UserError(broken.message); // refused like every action, before anything is asked
      }
      const fields = fieldsOf(fieldsArg);
      const url = typeof urlArg === 'string' ? urlArg : await askUrl();
      if (url === undefined) {
        return undefined;
      }
      const read = readProfileUrl(url);
      if ('refused' in read) {
        throw new UserError(vscode.l10n.t('Not a LinkedIn profile: {0}. Nothing was added.', read.refused));
      }
      const scripted = typeof urlArg === 'string';
      if (!scripted && !fields.name) {
        await refuseIfKnown(file, read.url, ''); // the same profile, before anything else is asked
        if (!(await isSomeoneNew(file, read))) {
          return undefined;
        }
      }
      const name = fields.name ?? (scripted ? read.suggestedName : await askName(read.suggestedName));
      if (name === undefined || !name.trim()) {
        if (scripted) {
          throw new UserError(
            vscode.l10n.t('No name could be read from {0}: pass { "name": "…" }}. Nothing was added.', read.url),
          );
        }
        return undefined;
      }
      await refuseIfKnown(file, read.url, name);
      const placement = fields.list || fields.category || scripted ? undefined : await askPlacement(name);
      if (!scripted && !fields.list && !fields.category && !placement) {
        return undefined;
      }
      const person: NewPerson = {
        ...fields,
        name: name.trim(),
        profile: read.url,
        list: fields.list ?? placement?.list,
        category: fields.category ?? placement?.category,
      };
      const result = await applier.apply(file, model => planAddPerson(model, person, clock.today()));
      status.flash(result.message, 4000, 'check');
      return { name: person.name, profile: person.profile };
    },
  };
}

/** The network file to add to: the only one, or the one of the active editor's folder. */
function targetFile(store: NetworkStore): NetworkFile {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = active && vscode.workspace.getWorkspaceFolder(active);
  const file = (folder && store.fileForFolder(folder.uri.fsPath)) ?? store.all[0];
  if (!file) {
    throw new UserError(
      vscode.l10n.t(
        'There is no network.yaml in this workspace yet. Use "Create network.yaml" in the Contractor Network view.',
      ),
    );
  }
  return file;
}

function fieldsOf(arg: unknown): Partial<Record<(typeof ADD_PERSON_FIELDS)[number], string>> {
  const out: Partial<Record<(typeof ADD_PERSON_FIELDS)[number], string>> = {};
  if (typeof arg === 'object' && arg !== null && !Array.isArray(arg)) {
    for (const k of ADD_PERSON_FIELDS) {
      const v = (arg as Record<string, unknown>)[k];
      if (typeof v === 'string' && v.trim()) {
        out[k] = v.trim();
      }
    }
  }
  return out;
}

/** Someone already in the file is shown there, and not added twice. */
async function refuseIfKnown(file: NetworkFile, url: string, name: string): Promise<void> {
  const model = file.current();
  const existing = existingPerson(model, url, name);
  if (existing) {
    const p = personOf(existing);
    await vscode.commands.executeCommand('contractorNetwork.revealPerson', {
      name: p.name,
      profile: p.profile,
      folder: file.folder.uri.fsPath,
    });
    const plan = planAddPerson(model, { name: name || p.name, profile: url }, '');
    throw new UserError(plan.ok ? vscode.l10n.t('{0} is already in network.yaml.', p.name) : plan.message, 'warning');
  }
}

interface LookalikeItem extends vscode.QuickPickItem {
  readonly entry?: Entry;
}

/**
 * When people in the file look like the one at this address (their name, or the address spelling
 * it), they are offered first: picking one shows them and adds nobody. True to go on and add
 * someone new; false when the user picked a known person or pressed Escape.
 */
async function isSomeoneNew(
  file: NetworkFile,
  read: { url: string; slug: string; suggestedName?: string },
): Promise<boolean> {
  const similar = lookalikes(file.current(), read.url, read.slug, read.suggestedName);
  if (similar.length === 0) {
    return true;
  }
  const items: LookalikeItem[] = [
    ...similar.map(entry => {
      const p = personOf(entry);
      return {
        label: plainLabel(p.name),
        description: whereInNetwork(entry),
        detail: plainParts([p.position, p.company], plainLabel, ', ') || plainLabel(p.profile ?? ''),
        entry,
      };
    }),
    { label: vscode.l10n.t('Someone new'), description: vscode.l10n.t('add the person at {0}', plainLabel(read.url)) },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Add a person from LinkedIn: already in your network?'),
    placeHolder: vscode.l10n.t('Pick them if they are one of these (nothing is added), or Someone new'),
    ignoreFocusOut: true,
  });
  if (!picked?.entry) {
    return picked !== undefined;
  }
  const p = personOf(picked.entry);
  await vscode.commands.executeCommand('contractorNetwork.revealPerson', {
    name: p.name,
    profile: p.profile,
    folder: file.folder.uri.fsPath,
  });
  // the name isolated on its own: an override in it cannot reorder the rest of the message
  status.flash(vscode.l10n.t('{0} is already in your network; nothing was added.', plainTitle(p.name)), 4000);
  return false;
}

/** The URL, offered from the clipboard when it holds a profile; the input says what is wrong with other text. */
async function askUrl(): Promise<string | undefined> {
  const clip = (await vscode.env.clipboard.readText()).trim();
  const fromClipboard = clip && !('refused' in readProfileUrl(clip)) ? clip : undefined;
  const clipNote =
    clip && !fromClipboard
      ? ' ' + vscode.l10n.t('(the clipboard holds no profile: {0})', plainMessage(refusal(clip) ?? ''))
      : '';
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Add a person from LinkedIn'),
    prompt: vscode.l10n.t("Their profile's address, https://www.linkedin.com/in/…{0}", clipNote),
    value: fromClipboard,
    placeHolder: vscode.l10n.t('https://www.linkedin.com/in/…'),
    ignoreFocusOut: true,
    validateInput: v => {
      const why = v.trim() ? refusal(v) : vscode.l10n.t('Paste the address of their LinkedIn profile.');
      return why && plainMessage(why); // the prompt and this message turn [x](command:…) into a link
    },
  });
}

function refusal(text: string): string | undefined {
  const read = readProfileUrl(text);
  return 'refused' in read ? vscode.l10n.t('Not a LinkedIn profile: {0}.', read.refused) : undefined;
}

async function askName(suggested: string | undefined): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Add a person from LinkedIn: their name'),
    prompt: suggested
      ? vscode.l10n.t('Read from the address; correct it as LinkedIn shows it.')
      : vscode.l10n.t('As LinkedIn shows it.'),
    value: suggested,
    ignoreFocusOut: true,
    validateInput: v => (v.trim() ? undefined : vscode.l10n.t('A person needs a name.')),
  });
}

async function askPlacement(name: string): Promise<Placement | undefined> {
  const items: Placement[] = [
    ...CATEGORIES.map(c => ({
      label: c,
      description: vscode.l10n.t('a contact, connected today'),
      list: 'contacts' as const,
      category: c,
    })),
    {
      label: vscode.l10n.t('no category yet'),
      description: vscode.l10n.t('a contact, connected today'),
      list: 'contacts',
    },
    {
      label: vscode.l10n.t('pending invitation'),
      description: vscode.l10n.t('decide in triage'),
      list: 'invitations',
    },
  ];
  return vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Add {0} as', plainTitle(name)),
    placeHolder: vscode.l10n.t('Their category (a contact), or a pending invitation'),
  });
}
