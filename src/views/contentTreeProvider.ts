import * as vscode from 'vscode';
import type { Blueprint } from '../model/posts/blueprints';
import { blueprintsOf } from '../model/posts/blueprints';
import { CHANNELS } from '../model/network/network';
import { Disposable } from '../services/disposable';
import type { Draft, DraftStore } from '../services/draftStore';
import type { NetworkStore } from '../services/networkStore';
import { BlueprintNode, ChannelNode, DraftNode, LooseDraftsNode, PlaceholderNode } from './contentNodes';
import { ContentFolderNode } from './contentFolderNode';

type FolderContent = BlueprintNode | LooseDraftsNode;
export type ContentNode =
  ContentFolderNode<FolderContent> | BlueprintNode | ChannelNode | PlaceholderNode | DraftNode | LooseDraftsNode;

/** The content view: blueprints -> channels -> drafts; channels without a draft shown dimmed. */
export class ContentTreeProvider extends Disposable implements vscode.TreeDataProvider<ContentNode> {
  private readonly changed = this._register(new vscode.EventEmitter<ContentNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly store: NetworkStore,
    private readonly drafts: DraftStore,
  ) {
    super();
    this._register(store.onDidChange(() => this.changed.fire(undefined)));
    this._register(drafts.onDidChange(() => this.changed.fire(undefined)));
  }

  getTreeItem(element: ContentNode): vscode.TreeItem {
    return element;
  }

  getChildren(element?: ContentNode): ContentNode[] {
    if (!element) {
      return this.roots();
    }
    if (element instanceof ContentFolderNode) {
      return [...element.children];
    }
    if (element instanceof BlueprintNode) {
      return this.channelsOf(element.blueprint, element.drafts, element.id!);
    }
    if (element instanceof ChannelNode) {
      return element.drafts.map(d => new DraftNode(d, element.id!));
    }
    if (element instanceof LooseDraftsNode) {
      return element.drafts.map(d => new DraftNode(d, element.id!));
    }
    return [];
  }

  /** Each folder's blueprints and loose drafts; grouped by folder when several folders have some. */
  private roots(): ContentNode[] {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const byFolder = folders
      .map(folder => new ContentFolderNode(folder, this.folderChildren(folder)))
      .filter(node => node.children.length > 0);
    return byFolder.length > 1 ? byFolder : byFolder.flatMap(node => node.children);
  }

  private folderChildren(folder: vscode.WorkspaceFolder): FolderContent[] {
    const out: FolderContent[] = [];
    const file = this.store.all.find(f => f.folder.uri.toString() === folder.uri.toString());
    // a file read at activation shows its blueprints once parsed (its change event refreshes this view)
    const blueprints = file?.isParsed && file.settled.syntaxErrors.length === 0 ? blueprintsOf(file.settled) : [];
    const drafts = this.drafts.all().filter(d => d.folder.uri.toString() === folder.uri.toString());
    const byBlueprint = new Map<string, Draft[]>();
    const loose: Draft[] = [];
    const known = new Set(blueprints.map(b => b.id));
    for (const d of drafts) {
      const id = d.info.blueprint;
      if (id && known.has(id)) {
        byBlueprint.set(id, [...(byBlueprint.get(id) ?? []), d]);
      } else {
        loose.push(d);
      }
    }
    for (const b of blueprints) {
      out.push(new BlueprintNode(b, byBlueprint.get(b.id) ?? [], folder.uri.toString()));
    }
    if (loose.length) {
      out.push(new LooseDraftsNode(loose, folder.uri.toString()));
    }
    return out;
  }

  private channelsOf(b: Blueprint, drafts: readonly Draft[], parentId: string): ContentNode[] {
    const extra = [...new Set(drafts.map(d => d.info.channel ?? 'post'))].filter(c => !b.channels.includes(c));
    const channels = [
      ...b.channels,
      ...extra.sort((x, y) => CHANNELS.indexOf(x as never) - CHANNELS.indexOf(y as never)),
    ];
    return channels.map(c => {
      const mine = drafts.filter(d => (d.info.channel ?? 'post') === c);
      return mine.length
        ? new ChannelNode(b, c, mine, parentId, b.channels.includes(c))
        : new PlaceholderNode(b, c, parentId);
    });
  }
}
