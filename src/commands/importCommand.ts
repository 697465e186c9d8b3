import * as vscode from 'vscode';
import { unzipSync } from 'fflate';
import type { ImportCounts } from '../model/linkedin/importMerge';
import { planImport } from '../model/linkedin/importMerge';
import type { ExportFiles, LinkedInExport } from '../model/linkedin/linkedinExport';
import { ExportError, readLinkedInExport, skippedSummary } from '../model/linkedin/linkedinExport';
import { EXPORT_FILES } from '../model/linkedin/exportFiles';
import { todayLocal } from '../model/calendar/dates';
import type { Clock } from '../services/clock';
import type { EditApplier } from '../services/editApplier';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import type { BeforeImportContent } from '../providers/beforeImportContent';
import type { DraftStore } from '../services/draftStore';
import { SHARES_FILE } from '../model/linkedin/sharesCsv';
import type { CommandTable } from './commandTable';
import { markSharesPublished } from './sharesImport';
import { UserError } from '../services/userError';
import { notify } from '../services/notify';

const decoder = new TextDecoder('utf-8');
/** The CSVs read from the export: the network's three and Shares.csv (what you posted). */
type ImportFiles = ExportFiles & { readonly shares?: string };
const WANTED = new Map<string, keyof ImportFiles>([
  ...Object.entries(EXPORT_FILES).map(([k, v]) => [v.toLowerCase(), k as keyof ImportFiles] as const),
  [SHARES_FILE.toLowerCase(), 'shares'],
]);

/** What the import resolves to: the contract's counts, with the drafts Shares.csv marked published. */
export type ImportOutcome = ImportCounts & { readonly published: number };

/** importLinkedInExport(uri?): LinkedIn's zip or its unzipped folder, merged into network.yaml. */
export function importCommand(
  store: NetworkStore,
  applier: EditApplier,
  clock: Clock,
  before: BeforeImportContent,
  drafts: DraftStore,
): CommandTable {
  return {
    async importLinkedInExport(arg?: unknown): Promise<ImportOutcome | undefined> {
      await store.ready();
      const source = uriOf(arg) ?? (await pickExport());
      if (!source) {
        return undefined;
      }
      const file = importTarget(store);
      return vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: vscode.l10n.t('Importing the LinkedIn export'),
          cancellable: true,
        },
        (progress, token) =>
          runImport({ source, file, applier, today: clock.today(), before, drafts }, progress, token),
      );
    },

    /** Added beyond the contract: the diff of the last import, also after its message is gone. */
    async showImportChanges(): Promise<boolean> {
      const last = before.last();
      if (!last) {
        void notify.info(
          vscode.l10n.t(
            'No LinkedIn export has been imported in this window yet: run "Import LinkedIn Data Export…" first.',
          ),
        );
        return false;
      }
      await vscode.commands.executeCommand(
        'vscode.diff',
        last.before,
        last.file,
        vscode.l10n.t('{0}: before and after the import', vscode.workspace.asRelativePath(last.file)),
      );
      return true;
    },
  };
}

function uriOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) {
    return arg;
  }
  if (typeof arg === 'string') {
    return arg.includes('://') ? vscode.Uri.parse(arg) : vscode.Uri.file(arg);
  }
  return undefined;
}

async function pickExport(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import your LinkedIn data export'),
    openLabel: vscode.l10n.t('Import'),
    canSelectFiles: true,
    canSelectFolders: true,
    canSelectMany: false,
    filters: { [vscode.l10n.t('LinkedIn export (zip)')]: ['zip'], [vscode.l10n.t('All files')]: ['*'] },
  });
  return picked?.[0];
}

/** The network file to import into: the only one, or that of the folder of the file in the active editor. */
function importTarget(store: NetworkStore): NetworkFile {
  const file =
    store.all.length === 1
      ? store.all[0]
      : store.all.find(f => {
          const active = vscode.window.activeTextEditor?.document.uri;
          return !!active && vscode.workspace.getWorkspaceFolder(active)?.uri.toString() === f.folder.uri.toString();
        });
  if (!file) {
    throw new UserError(
      store.all.length === 0
        ? vscode.l10n.t(
            'There is no network.yaml to import into: create one first (Contractor Network view, "Create network.yaml").',
          )
        : vscode.l10n.t('Open the network.yaml of the folder to import into, then run the import again.'),
    );
  }
  return file;
}

interface ImportRun {
  readonly source: vscode.Uri;
  readonly file: NetworkFile;
  readonly applier: EditApplier;
  readonly today: string;
  readonly before: BeforeImportContent;
  readonly drafts: DraftStore;
}

async function runImport(
  run: ImportRun,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<ImportOutcome | undefined> {
  progress.report({ message: vscode.l10n.t('reading…') });
  const files = await readExport(run.source);
  if (token.isCancellationRequested) {
    return undefined;
  }
  progress.report({ message: vscode.l10n.t('reading the CSV files…'), increment: 30 });
  const exp = parseExport(files);
  if (token.isCancellationRequested) {
    return undefined;
  }
  progress.report({
    message: vscode.l10n.t('merging {0} connections…', exp.connections.length.toLocaleString('en-US')),
    increment: 30,
  });
  const beforeText = run.file.current().text;
  const onlyShares = exp.files.length === 0;
  const result = onlyShares
    ? undefined
    : await run.applier.apply(run.file, model =>
        token.isCancellationRequested
          ? { ok: false as const, message: vscode.l10n.t('The import was cancelled; nothing was written.') }
          : planImport(model, exp, run.today),
      );
  if (result) {
    run.before.remember(run.file.uri, beforeText);
  }
  progress.report({ message: vscode.l10n.t('matching Shares.csv to your drafts…'), increment: 20 });
  const shares = await markSharesPublished(files.shares, run.file.folder, run.drafts, run.applier);
  progress.report({ increment: 20 });
  const jobs = result?.jobChanges.length
    ? `\n${result.jobChanges.slice(0, 5).join('\n')}${result.jobChanges.length > 5 ? '\n…' : ''}`
    : '';
  const posts =
    files.shares === undefined
      ? ''
      : ' ' +
        (shares.published === 1
          ? vscode.l10n.t('1 draft marked published from {0}.', SHARES_FILE)
          : vscode.l10n.t('{0} drafts marked published from {1}.', shares.published, SHARES_FILE));
  const skipped = skippedSummary([...(exp.skipped ?? []), ...shares.skipped]);
  const message =
    (result?.message ?? vscode.l10n.t('Nothing to merge into network.yaml.')) +
    posts +
    (skipped && '\n' + skipped) +
    jobs;
  const show = skipped ? notify.warn : notify.info;
  const showChanges = vscode.l10n.t('Show changes');
  const buttons = result ? [showChanges] : [];
  void show(message, ...buttons).then(choice => {
    if (choice === showChanges) {
      void vscode.commands.executeCommand('contractorNetwork.showImportChanges');
    }
  });
  const counts = result?.counts ?? { added: 0, updated: 0, unchanged: 0, invitations: 0, todosDone: 0 };
  return { ...counts, published: shares.published };
}

function parseExport(files: ImportFiles): LinkedInExport {
  if (
    files.connections === undefined &&
    files.invitations === undefined &&
    files.messages === undefined &&
    files.shares !== undefined
  ) {
    return { connections: [], invitations: [], messages: [], files: [] };
  }
  try {
    return readLinkedInExport(files, d => todayLocal(d));
  } catch (e) {
    if (e instanceof ExportError) {
      throw new UserError(vscode.l10n.t('The LinkedIn export could not be read: {0} Nothing was written.', e.message));
    }
    throw e;
  }
}

/** The CSVs from the zip or from the folder (at its top or one level down). */
async function readExport(uri: vscode.Uri): Promise<ImportFiles> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    throw new UserError(vscode.l10n.t('{0} does not exist.', uri.fsPath || uri.toString()));
  }
  const out: { -readonly [K in keyof ImportFiles]: string } = {};
  if (stat.type & vscode.FileType.Directory) {
    const walk = async (dir: vscode.Uri, depth: number): Promise<void> => {
      for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
        const key = WANTED.get(name.toLowerCase());
        if (key && type & vscode.FileType.File && out[key] === undefined) {
          out[key] = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name)));
        } else if (type & vscode.FileType.Directory && depth < 1) {
          await walk(vscode.Uri.joinPath(dir, name), depth + 1);
        }
      }
    };
    await walk(uri, 0);
    return out;
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: f => WANTED.has(f.name.split('/').pop()!.toLowerCase()) && f.originalSize < 512 * 1024 * 1024,
    });
  } catch (e) {
    throw new UserError(
      vscode.l10n.t(
        '{0} is not a zip file LinkedIn made ({1}). Nothing was written.',
        uri.path.split('/').pop() ?? '',
        e instanceof Error ? e.message : String(e),
      ),
    );
  }
  for (const [name, data] of Object.entries(entries)) {
    const key = WANTED.get(name.split('/').pop()!.toLowerCase())!;
    if (out[key] === undefined) {
      out[key] = decoder.decode(data);
    }
  }
  return out;
}
