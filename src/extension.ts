import * as vscode from 'vscode';
import { ActionCommands } from './commands/actionCommands';
import type { CommandTable } from './commands/commandTable';
import { COMMAND_PREFIX, deferredTable, registerCommands } from './commands/commandTable';
import { fileCommands } from './commands/fileCommands';
import { revealCommands } from './commands/revealCommands';
import { viewCommands } from './commands/viewCommands';
import { withKeyboardTargets } from './commands/keyboardTargets';
import { TriageQueue } from './commands/triageQueue';
import { LinkedInTodoQueue } from './commands/linkedinTodoQueue';
import { addPersonCommand } from './commands/addPersonCommand';
import { cleanUpCommand } from './commands/cleanUpCommand';
import { shareCommand } from './commands/shareCommand';
import { UserError } from './services/userError';
import { NetworkCodeLensProvider } from './providers/networkCodeLensProvider';
import { NetworkCompletionProvider } from './providers/networkCompletionProvider';
import { NetworkDiagnostics } from './providers/networkDiagnostics';
import { NetworkHoverProvider } from './providers/networkHoverProvider';
import { NetworkQuickFixes } from './providers/networkQuickFixes';
import { Clock } from './services/clock';
import { Configuration } from './services/configuration';
import { deferred, once } from './services/deferred';
import { EditApplier } from './services/editApplier';
import { NetworkStore } from './services/networkStore';
import { StartupMarks } from './services/startupMarks';
import { PEOPLE_VIEW_ID, PeopleView } from './views/peopleView';
import { OpportunitiesView } from './views/opportunitiesView';
import { PostCommands } from './commands/postCommands';
import { importCommand } from './commands/importCommand';
import { mergeCommand } from './commands/mergeCommand';
import { BEFORE_SCHEME, BeforeImportContent } from './providers/beforeImportContent';
import { PostCodeLensProvider } from './providers/postCodeLensProvider';
import { PostDiagnostics } from './providers/postDiagnostics';
import { DraftStore } from './services/draftStore';
import { DraftContext } from './views/draftContext';
import { PlaceholderDecorations } from './views/contentNodes';
import { ContentTreeProvider } from './views/contentTreeProvider';
import { FoldMarker } from './views/foldMarker';
import { DashboardPanel } from './views/dashboardPanel';
import { NetworkStatusBar } from './views/statusBar';
import { mentionCommands } from './commands/mentionCommands';
import { PostQuickFixes } from './providers/postQuickFixes';
import { MentionStore } from './services/mentionStore';
import { MentionResolver } from './services/mentionResolver';
import { MentionCompletionProvider } from './providers/mentionCompletionProvider';
import { MENTION_COMPLETION_TRIGGERS, NETWORK_COMPLETION_TRIGGERS } from './providers/completionTriggers';
import {
  MentionDefinitionProvider,
  MentionHoverProvider,
  MentionReferenceProvider,
} from './providers/mentionNavigation';
import { MentionDiagnostics, MentionQuickFixes } from './providers/mentionDiagnostics';
import { PersonReferenceProvider, PersonRenameProvider } from './providers/personReferences';
import { notify } from './services/notify';

/** When this module was loaded: the start of activation, for the timings below. */
const loadedAt = performance.now();
const marks = new StartupMarks(loadedAt);

/** What activate() returns: handles for the in-host tests (users never need it). */
export interface ContractorNetworkApi {
  readonly store: NetworkStore;
  readonly people: PeopleView;
  readonly opportunities: OpportunitiesView;
  readonly diagnostics: NetworkDiagnostics;
  readonly clock: Clock;
  readonly drafts: DraftStore;
  readonly content: ContentTreeProvider;
  readonly foldMarker: FoldMarker;
  readonly dashboard: DashboardPanel;
  readonly mentions: MentionStore;
  /** The ids of the command table's handlers (makes them, loading their code). */
  readonly commandIds: () => string[];
  /**
   * Milliseconds from loading the bundle to the end of activate(), and to the network files read
   * and the views told of them (the People view then asks for its first items).
   */
  readonly timings: {
    readonly activateMs: number;
    readonly filesReadMs: () => Promise<number>;
    /** When each step of the path to the first tree items ended, in ms from loading the bundle. */
    readonly steps: () => Readonly<Record<string, number>>;
    /** `performance.now()` when the bundle was loaded. */
    readonly loadedAt: number;
  };
}

const YAML: vscode.DocumentSelector = [{ language: 'yaml' }];
const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];
/** package.json `contributes.walkthroughs`, as `<publisher>.<name>#<id>`. */
const WALKTHROUGH = 'contractor-network.contractor-network#gettingStarted';

export function activate(context: vscode.ExtensionContext): ContractorNetworkApi {
  marks.mark('activate');
  const config = new Configuration();
  const clock = new Clock();
  const store = new NetworkStore(config, marks);
  // the network files' read starts first: the rest of activation runs while VS Code answers it
  const locating = store.locate();
  const located = filesFound(store, locating);
  const people = new PeopleView(
    store,
    () => clock.today(),
    () => config.availabilityLeadWeeks(),
    () => config.groupPeopleBy(),
  );
  const opportunities = new OpportunitiesView(store);
  const diagnostics = new NetworkDiagnostics(store);
  const mentions = new MentionStore();
  const resolver = new MentionResolver(store, mentions);
  const lenses = new NetworkCodeLensProvider(store, resolver);
  const statusBar = new NetworkStatusBar(store, () => ({
    pending: people.pendingCount(),
    due: people.dueCount(),
    todos: people.todoCount(),
    availability: people.availability(),
  }));
  const drafts = new DraftStore(config);
  const content = new ContentTreeProvider(store, drafts);
  const foldMarker = new FoldMarker(drafts);
  const postLenses = new PostCodeLensProvider(store, drafts);
  const beforeImport = new BeforeImportContent();
  // made on first use (the dashboard, the commands' handlers): their code loads then
  const dashboard = once(() => {
    const panel = new DashboardPanel(store, drafts, clock, context.extensionUri);
    context.subscriptions.push(panel);
    return panel;
  });
  // the edit applier, which only commands use, is made with them (its code is in onDemand.js)
  const commands = once((applier = new EditApplier()): CommandTable => ({
    ...fileCommands(store, config, people),
    ...revealCommands(store),
    ...peopleCommands(store, applier, config, clock, people),
    ...new PostCommands(store, drafts, applier, config, clock).table(),
    ...importCommand(store, applier, clock, beforeImport, drafts),
    ...mergeCommand(store, applier, clock),
    ...mentionCommands(store, mentions, resolver),
    showDashboard: (folder?: unknown) => dashboard().show(folder),
    getStarted: () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false),
  }));
  context.subscriptions.push(
    store,
    people,
    opportunities,
    diagnostics,
    lenses,
    statusBar,
    drafts,
    content,
    foldMarker,
    postLenses,
    vscode.workspace.registerTextDocumentContentProvider(BEFORE_SCHEME, beforeImport),
    ...draftProviders(store, drafts, content, postLenses),
    ...networkFileProviders(store, lenses, diagnostics, clock),
    mentions,
    ...mentionProviders(store, mentions, resolver, clock),
    ...registerCommands(deferredTable(declaredCommands(context), commands), reportFailure),
  );

  marks.mark('constructed');
  // the drafts and the notes are read after the network files, so as not to hold up the People view
  void drafts.rescan(locating).then(() => marks.mark('draftsRead'));
  mentions.start(locating);
  void mentions.ready().then(() => marks.mark('notesRead'));
  const activateMs = performance.now() - loadedAt;
  marks.mark('activated');
  const parts = { store, people, opportunities, diagnostics, clock, drafts, content, foldMarker, mentions };
  return {
    ...parts,
    get dashboard() {
      return dashboard();
    },
    commandIds: () => Object.keys(commands()),
    timings: { activateMs, filesReadMs: () => located, steps: () => marks.all, loadedAt },
  };
}

/** Milliseconds from loading the bundle until the store first tells the views of files found (or finds none). */
function filesFound(store: NetworkStore, locating: Promise<void>): Promise<number> {
  return new Promise(resolve => {
    const found = store.onDidFindFiles(() => done());
    const done = (): void => {
      found.dispose();
      resolve(performance.now() - loadedAt);
    };
    void locating.then(done, done);
  });
}

/** The commands package.json declares, without the prefix: the command table's ids. */
function declaredCommands(context: vscode.ExtensionContext): string[] {
  const manifest = context.extension.packageJSON as { contributes: { commands: { command: string }[] } };
  return manifest.contributes.commands.map(c => c.command.slice(COMMAND_PREFIX.length));
}

/** What post drafts get: the Content view, their lint, their lenses, the draft context key. */
function draftProviders(
  store: NetworkStore,
  drafts: DraftStore,
  content: ContentTreeProvider,
  postLenses: PostCodeLensProvider,
): vscode.Disposable[] {
  return [
    new PostDiagnostics(store, drafts),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new PostQuickFixes(store), {
      providedCodeActionKinds: PostQuickFixes.kinds,
    }),
    new DraftContext(drafts),
    vscode.window.createTreeView('contractorNetwork.content', { treeDataProvider: content, showCollapseAll: true }),
    vscode.window.registerFileDecorationProvider(new PlaceholderDecorations()),
    vscode.languages.registerCodeLensProvider(MARKDOWN, postLenses),
  ];
}

/** The commands on people: the table's actions, the two queues, the view's filter and grouping, adding, cleaning up. */
function peopleCommands(
  store: NetworkStore,
  applier: EditApplier,
  config: Configuration,
  clock: Clock,
  people: PeopleView,
): CommandTable {
  const actions = new ActionCommands(store, applier, config, clock);
  const triage = new TriageQueue(store, actions, config, clock);
  const todos = new LinkedInTodoQueue(store, actions);
  return {
    ...withKeyboardTargets(actions.table(), { [PEOPLE_VIEW_ID]: people }),
    ...viewCommands(people, config),
    ...addPersonCommand(store, applier, clock),
    ...cleanUpCommand(store, applier, config, clock),
    ...shareCommand(store, applier, config, clock),
    triage: () => triage.run(),
    linkedinTodos: () => todos.run(),
  };
}

/** What network.yaml gets in the editor: lenses, hovers, completion, quick fixes. */
function networkFileProviders(
  store: NetworkStore,
  lenses: NetworkCodeLensProvider,
  diagnostics: NetworkDiagnostics,
  clock: Clock,
): vscode.Disposable[] {
  return [
    vscode.languages.registerCodeLensProvider(YAML, lenses),
    vscode.languages.registerHoverProvider(
      YAML,
      deferred(() => new NetworkHoverProvider(store, () => clock.today()), ['provideHover']),
    ),
    vscode.languages.registerCompletionItemProvider(
      YAML,
      deferred(() => new NetworkCompletionProvider(store), ['provideCompletionItems']),
      ...NETWORK_COMPLETION_TRIGGERS,
    ),
    vscode.languages.registerCodeActionsProvider(YAML, new NetworkQuickFixes(diagnostics, store), {
      providedCodeActionKinds: NetworkQuickFixes.kinds,
    }),
  ];
}

/** People across the notes: completion, hover, Go to Definition and references on mentions; references and rename on names. */
function mentionProviders(
  store: NetworkStore,
  mentions: MentionStore,
  resolver: MentionResolver,
  clock: Clock,
): vscode.Disposable[] {
  return [
    new MentionDiagnostics(store, mentions),
    vscode.languages.registerCompletionItemProvider(
      MARKDOWN,
      deferred(() => new MentionCompletionProvider(resolver), ['provideCompletionItems']),
      ...MENTION_COMPLETION_TRIGGERS,
    ),
    vscode.languages.registerHoverProvider(
      MARKDOWN,
      deferred(() => new MentionHoverProvider(resolver, () => clock.today()), ['provideHover']),
    ),
    vscode.languages.registerDefinitionProvider(
      MARKDOWN,
      deferred(() => new MentionDefinitionProvider(resolver), ['provideDefinition']),
    ),
    vscode.languages.registerReferenceProvider(
      MARKDOWN,
      deferred(() => new MentionReferenceProvider(resolver), ['provideReferences']),
    ),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new MentionQuickFixes(resolver), {
      providedCodeActionKinds: MentionQuickFixes.kinds,
    }),
    vscode.languages.registerReferenceProvider(
      YAML,
      deferred(() => new PersonReferenceProvider(store, resolver), ['provideReferences']),
    ),
    vscode.languages.registerRenameProvider(
      YAML,
      deferred(() => new PersonRenameProvider(store, mentions), ['prepareRename', 'provideRenameEdits']),
    ),
  ];
}

/** Shows a command's failure: a UserError as it is, anything else as a short apology with the reason. */
function reportFailure(id: string, error: unknown): void {
  if (error instanceof UserError) {
    void notify
      .as(error.severity, error.message, ...error.actions.map(x => x.title))
      .then(choice => error.actions.find(x => x.title === choice)?.run());
    return;
  }
  const reason = error instanceof Error ? error.message : String(error);
  void notify.error(vscode.l10n.t('Contractor Network could not finish "{0}": {1}', id, reason));
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
