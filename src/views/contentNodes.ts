import * as vscode from 'vscode';
import { safeMarkdown } from '../services/safeMarkdown';
import type { Blueprint } from '../model/posts/blueprints';
import { plainRow, plainTitle } from '../model/people/plainLabel';
import type { Draft } from '../services/draftStore';

export const PLACEHOLDER_SCHEME = 'contractor-network-placeholder';

const STATUS_ICONS: Record<string, string> = { idea: 'lightbulb', draft: 'edit', ready: 'check', published: 'globe' };

/** "1 draft", "3 drafts". */
function draftCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 draft') : vscode.l10n.t('{0} drafts', n);
}

/** A blueprint: its channels under it. */
export class BlueprintNode extends vscode.TreeItem {
  constructor(
    readonly blueprint: Blueprint,
    readonly drafts: readonly Draft[],
    readonly folderPath: string,
  ) {
    super(plainTitle(blueprint.title), vscode.TreeItemCollapsibleState.Expanded);
    this.id = `${folderPath}#blueprint:${blueprint.id}`;
    const published = drafts.filter(d => d.info.status === 'published').length;
    const count = draftCount(drafts.length);
    this.description = published
      ? vscode.l10n.t('{0} · {1}, {2} published', plainTitle(blueprint.id), count, published)
      : plainRow([blueprint.id, count]);
    this.iconPath = new vscode.ThemeIcon('package');
    this.contextValue = 'blueprint';
    const md = safeMarkdown();
    md.appendMarkdown('**');
    md.appendText(plainTitle(blueprint.title));
    md.appendMarkdown('**');
    if (blueprint.promise) {
      md.appendMarkdown('\n\n');
      md.appendText(plainTitle(blueprint.promise));
    }
    if (blueprint.audience.length) {
      md.appendMarkdown('\n\n' + vscode.l10n.t('For: '));
      md.appendText(blueprint.audience.join(', '));
    }
    md.appendMarkdown('\n\n' + vscode.l10n.t('Channels: '));
    md.appendText(blueprint.channels.join(', ') || vscode.l10n.t('(none yet)'));
    this.tooltip = md;
  }
}

/** A channel of a blueprint that has drafts. */
export class ChannelNode extends vscode.TreeItem {
  constructor(
    readonly blueprint: Blueprint | undefined,
    readonly channel: string,
    readonly drafts: readonly Draft[],
    parentId: string,
    planned: boolean,
  ) {
    super(plainTitle(channel), vscode.TreeItemCollapsibleState.Expanded);
    this.id = `${parentId}/${channel}`;
    this.description = planned
      ? draftCount(drafts.length)
      : vscode.l10n.t("{0} · not in the blueprint's channels", draftCount(drafts.length));
    this.iconPath = new vscode.ThemeIcon('megaphone');
    this.contextValue = 'channel';
  }
}

/** "no webinar yet": a channel the blueprint names with no draft; clicking it starts one. */
export class PlaceholderNode extends vscode.TreeItem {
  constructor(
    readonly blueprint: Blueprint,
    readonly channel: string,
    parentId: string,
  ) {
    super(vscode.l10n.t('no {0} yet', plainTitle(channel)), vscode.TreeItemCollapsibleState.None);
    this.id = `${parentId}/${channel}#missing`;
    this.resourceUri = vscode.Uri.from({ scheme: PLACEHOLDER_SCHEME, path: `/${blueprint.id}/${channel}` });
    this.iconPath = new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('disabledForeground'));
    this.tooltip = vscode.l10n.t(
      'The blueprint "{0}" names {1} as a channel, and there is no {1} draft for it yet. Click to start one.',
      blueprint.title,
      channel,
    );
    this.contextValue = 'missingChannel';
    this.command = {
      command: 'contractorNetwork.newPost',
      title: vscode.l10n.t('New draft'),
      arguments: [blueprint.id, channel],
    };
  }
}

/** A draft file, with its status. */
export class DraftNode extends vscode.TreeItem {
  constructor(
    readonly draft: Draft,
    parentId: string,
  ) {
    super(plainTitle(draft.title), vscode.TreeItemCollapsibleState.None);
    this.id = `${parentId}/${draft.uri.toString()}`;
    const status = draft.info.status ?? 'draft';
    const name = draft.uri.path.split('/').pop();
    this.description = plainRow([
      status === 'published' && draft.info.published ? vscode.l10n.t('published {0}', draft.info.published) : status,
      name,
    ]);
    this.iconPath = new vscode.ThemeIcon(STATUS_ICONS[status] ?? 'file');
    const linked = status === 'published' && draft.info.url?.startsWith('https://www.linkedin.com/');
    this.contextValue = `draft.${status}${linked ? '.linked' : ''}`;
    const length =
      draft.info.channel === 'post' || !draft.info.channel
        ? ' · ' + vscode.l10n.t('{0} / 3,000 characters', draft.info.length.toLocaleString('en-US'))
        : '';
    this.tooltip = `${plainTitle(draft.title)}\n${plainTitle(status)}${length}\n${vscode.workspace.asRelativePath(draft.uri)}${draft.info.url ? `\n${draft.info.url}` : ''}`;
    this.command = { command: 'vscode.open', title: vscode.l10n.t('Open draft'), arguments: [draft.uri] };
    this.resourceUri = draft.uri;
  }
}

/** Drafts whose blueprint is missing or unknown. */
export class LooseDraftsNode extends vscode.TreeItem {
  constructor(
    readonly drafts: readonly Draft[],
    readonly folderPath: string,
  ) {
    super(vscode.l10n.t('Drafts without a blueprint'), vscode.TreeItemCollapsibleState.Expanded);
    this.id = `${folderPath}#loose`;
    this.description = String(drafts.length);
    this.iconPath = new vscode.ThemeIcon('files');
    this.contextValue = 'looseDrafts';
  }
}

/** Dims the "no webinar yet" items. */
export class PlaceholderDecorations implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    return uri.scheme === PLACEHOLDER_SCHEME
      ? { color: new vscode.ThemeColor('disabledForeground'), tooltip: vscode.l10n.t('not drafted yet') }
      : undefined;
  }
}
