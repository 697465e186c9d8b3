import * as vscode from 'vscode';
import { dashboardData } from '../model/dashboard/dashboardData';
import { renderDashboard } from '../model/dashboard/dashboardHtml';
import { escapeHtml } from '../model/dashboard/htmlText';
import type { Clock } from '../services/clock';
import { Disposable } from '../services/disposable';
import type { DraftStore } from '../services/draftStore';
import type { NetworkFile } from '../services/networkFile';
import { chooseNetworkFile } from '../services/networkFilePick';
import type { NetworkStore } from '../services/networkStore';
import { isInside } from '../services/workspacePaths';

/** Commands the webview may ask for; anything else it sends is ignored. */
const ALLOWED = new Set([
  'contractorNetwork.importLinkedInExport',
  'contractorNetwork.triage',
  'contractorNetwork.newPost',
  'contractorNetwork.openNetworkFile',
  'contractorNetwork.revealPerson',
  'contractorNetwork.logOpportunity',
  'vscode.open',
]);

interface WebviewMessage {
  command?: unknown;
  path?: unknown;
  blueprint?: unknown;
  channel?: unknown;
  name?: unknown;
}

/** The dashboard: a webview panel, re-rendered as network.yaml and the drafts change. */
export class DashboardPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The body last rendered (the in-host tests read it). */
  lastHtml = '';
  /** The workspace folder (its uri) whose network the panel shows, in a multi-root workspace. */
  private folderKey: string | undefined;

  constructor(
    private readonly store: NetworkStore,
    private readonly drafts: DraftStore,
    private readonly clock: Clock,
    private readonly extensionUri: vscode.Uri,
  ) {
    super();
    this._register(store.onDidChange(() => this.scheduleUpdate()));
    this._register(drafts.onDidChange(() => this.scheduleUpdate()));
    this._register({
      dispose: () => {
        clearTimeout(this.timer);
        this.panel?.dispose();
      },
    });
  }

  /**
   * Opens (or brings forward) the dashboard of a folder's network: `folder` (a workspace folder's
   * path, uri or name), else the only one, else the one the user picks. Undefined if they cancel.
   */
  async show(folder?: unknown): Promise<vscode.WebviewPanel | undefined> {
    await this.drafts.ready();
    const several = this.store.all.length > 1;
    const file = await chooseNetworkFile(
      this.store,
      folder,
      vscode.l10n.t("Which folder's network should the dashboard show?"),
    );
    if (several && !file) {
      return undefined;
    }
    this.folderKey = file?.folder.uri.toString();
    if (this.panel) {
      this.panel.title = this.title();
      this.panel.reveal();
      this.update();
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(
      'contractorNetwork.dashboard',
      this.title(),
      vscode.ViewColumn.Active,
      {
        enableScripts: true,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      },
    );
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity-bar.svg');
    this.panel = panel;
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    panel.webview.onDidReceiveMessage((m: WebviewMessage) => void this.onMessage(m));
    panel.onDidChangeViewState(e => {
      if (e.webviewPanel.visible) {
        this.update();
      }
    });
    const nonce = makeNonce();
    this.lastHtml = this.body();
    panel.webview.html = page(panel.webview, nonce, this.lastHtml);
    return panel;
  }

  private scheduleUpdate(): void {
    if (!this.panel) {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 250);
  }

  private update(): void {
    if (!this.panel) {
      return;
    }
    this.lastHtml = this.body();
    this.panel.title = this.title();
    void this.panel.webview.postMessage({ type: 'update', html: this.lastHtml });
  }

  /** The network shown: the chosen folder's, or the first while it has none (its file was deleted). */
  private shown(): NetworkFile | undefined {
    return this.store.all.find(f => f.folder.uri.toString() === this.folderKey) ?? this.store.all[0];
  }

  /** "Contractor Network", and the folder's name when the workspace has several networks. */
  private title(): string {
    const file = this.shown();
    return file && this.store.all.length > 1
      ? vscode.l10n.t('Contractor Network: {0}', file.folder.name)
      : vscode.l10n.t('Contractor Network');
  }

  private body(): string {
    const file = this.shown();
    const folder = file?.folder ?? vscode.workspace.workspaceFolders?.[0];
    const drafts = this.drafts
      .all()
      .filter(d => !folder || d.folder.uri.toString() === folder.uri.toString())
      .map(d => ({
        path: vscode.workspace.asRelativePath(d.uri, false),
        blueprint: d.info.blueprint,
        channel: d.info.channel,
        status: d.info.status,
        title: d.title,
        url: d.info.url,
      }));
    const html = renderDashboard(dashboardData(file?.settled, drafts, this.clock.today()));
    if (!file || this.store.all.length < 2) {
      return html;
    }
    const which = vscode.l10n.t(
      'The network of the folder {0} ({1}). Run "Show Dashboard" again to see another folder\'s.',
      file.folder.name,
      vscode.workspace.asRelativePath(file.uri, true),
    );
    return `<p class="folder" id="dashboard-folder">${escapeHtml(which)}</p>${html}`;
  }

  private async onMessage(m: WebviewMessage): Promise<void> {
    const command = typeof m.command === 'string' ? m.command : '';
    if (!ALLOWED.has(command)) {
      return;
    }
    if (command === 'vscode.open') {
      const folder = this.shown()?.folder ?? vscode.workspace.workspaceFolders?.[0];
      if (!folder || typeof m.path !== 'string') {
        return;
      }
      const uri = vscode.Uri.joinPath(folder.uri, ...m.path.split('/'));
      if (isInside(folder.uri, uri)) {
        await vscode.commands.executeCommand('vscode.open', uri, { viewColumn: vscode.ViewColumn.Beside });
      }
      return;
    }
    if (command === 'contractorNetwork.newPost') {
      await vscode.commands.executeCommand(
        command,
        typeof m.blueprint === 'string' ? m.blueprint : undefined,
        typeof m.channel === 'string' ? m.channel : undefined,
      );
      return;
    }
    if (command === 'contractorNetwork.revealPerson') {
      const folder = this.shown()?.folder.uri.toString();
      await vscode.commands.executeCommand(command, { name: typeof m.name === 'string' ? m.name : '', folder });
      return;
    }
    await vscode.commands.executeCommand(command);
  }
}

function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) {
    s += chars[Math.floor(Math.random() * chars.length)];
  }
  return s;
}

function page(webview: vscode.Webview, nonce: string, body: string): string {
  const csp = `default-src 'none'; img-src ${webview.cspSource} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; font-src ${webview.cspSource};`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(vscode.l10n.t('Contractor Network'))}</title>
<style nonce="${nonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 8px 20px 40px; max-width: 980px; }
  .folder { color: var(--vscode-descriptionForeground); margin: 8px 0 0; }
  h1 { font-size: 1.5em; font-weight: 600; margin: 12px 0 4px; }
  h2 { font-size: 1.1em; font-weight: 600; margin: 28px 0 8px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); padding-bottom: 4px; }
  .totals { display: flex; flex-wrap: wrap; gap: 18px; margin: 6px 0 10px; color: var(--vscode-descriptionForeground); }
  .totals strong { color: var(--vscode-foreground); font-size: 1.25em; }
  svg text { fill: var(--vscode-foreground); font-size: 12px; font-family: var(--vscode-font-family); }
  svg .label { fill: var(--vscode-descriptionForeground); }
  svg .axis { stroke: var(--vscode-widget-border, var(--vscode-descriptionForeground)); }
  .s-following { fill: var(--vscode-charts-blue); background: var(--vscode-charts-blue); }
  .s-muted { fill: var(--vscode-charts-blue); fill-opacity: 0.35; stroke: var(--vscode-charts-blue); stroke-dasharray: 3 2; background: transparent; border: 1px dashed var(--vscode-charts-blue); }
  .s-accepted { fill: var(--vscode-charts-green); background: var(--vscode-charts-green); }
  .s-ignored { fill: var(--vscode-charts-yellow); background: var(--vscode-charts-yellow); }
  .s-notknown { fill: var(--vscode-charts-red); background: var(--vscode-charts-red); }
  .s-removed { fill: var(--vscode-charts-purple); background: var(--vscode-charts-purple); }
  .legend { color: var(--vscode-descriptionForeground); font-size: 0.92em; }
  .swatch { display: inline-block; width: 10px; height: 10px; margin: 0 2px 0 10px; vertical-align: middle; border-radius: 2px; }
  .overdue { color: var(--vscode-errorForeground); }
  ul.due { list-style: none; padding: 0; columns: 2; }
  ul.due li { padding: 2px 0; }
  ul.rates { list-style: none; padding: 0; }
  ul.rates li { padding: 2px 0; }
  h3 { font-size: 1em; font-weight: 600; margin: 16px 0 4px; }
  .muted { color: var(--vscode-descriptionForeground); }
  button { font: inherit; color: var(--vscode-textLink-foreground); background: none; border: 1px solid transparent; padding: 1px 4px; cursor: pointer; border-radius: 2px; }
  button:hover { text-decoration: underline; }
  button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
  table { border-collapse: collapse; margin: 6px 0; }
  th, td { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, var(--vscode-descriptionForeground))); padding: 4px 8px; text-align: left; font-weight: normal; }
  thead th { color: var(--vscode-descriptionForeground); }
  table.coverage th[scope=row] { font-weight: 600; }
  td.cell button { color: var(--vscode-foreground); width: 100%; text-align: left; }
  td.published { background: color-mix(in srgb, var(--vscode-charts-green) 22%, transparent); }
  td.draft { background: color-mix(in srgb, var(--vscode-charts-yellow) 18%, transparent); }
  td.missing button { color: var(--vscode-descriptionForeground); }
  td.unplanned button { color: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); }
  details { margin: 4px 0 0; color: var(--vscode-descriptionForeground); }
  .empty ol li { margin: 10px 0; }
  code { font-family: var(--vscode-editor-font-family); }
  body.vscode-high-contrast td, body.vscode-high-contrast th { border-color: var(--vscode-contrastBorder); }
  body.vscode-high-contrast button:focus-visible { outline: 2px solid var(--vscode-contrastActiveBorder); }
</style>
</head>
<body>
<main id="root">${body}</main>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  document.addEventListener('click', ev => {
    const b = ev.target.closest('button[data-command]');
    if (b) {
      vscode.postMessage({ command: b.dataset.command, path: b.dataset.path, blueprint: b.dataset.blueprint, channel: b.dataset.channel, name: b.dataset.name });
    }
  });
  window.addEventListener('message', ev => {
    if (ev.data && ev.data.type === 'update') {
      const focused = document.activeElement && document.activeElement.getAttribute('aria-label');
      root.innerHTML = ev.data.html;
      if (focused) {
        const again = [...root.querySelectorAll('button')].find(b => b.getAttribute('aria-label') === focused);
        if (again) { again.focus(); }
      }
    }
  });
</script>
</body>
</html>`;
}
