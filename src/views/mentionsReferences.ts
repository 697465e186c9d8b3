import * as vscode from 'vscode';

/** The References view's API (VS Code's built-in `vscode.references-view`), the part used here. */
interface SymbolTree {
  setInput(input: MentionsInput): void;
}

class FileItem {
  constructor(
    readonly uri: vscode.Uri,
    readonly refs: RefItem[],
  ) {}
}

class RefItem {
  constructor(
    readonly location: vscode.Location,
    readonly file: FileItem,
  ) {}
}

type Item = FileItem | RefItem;

/** The mentions of one person as an input of the References view: files, then the lines. */
class MentionsInput {
  readonly contextValue = 'contractorNetwork.mentions';

  constructor(
    readonly title: string,
    readonly location: vscode.Location,
    private readonly locations: readonly vscode.Location[],
  ) {}

  with(location: vscode.Location): MentionsInput {
    return new MentionsInput(this.title, location, this.locations);
  }

  resolve(): unknown {
    const files: FileItem[] = [];
    for (const loc of this.locations) {
      let file = files.find(f => f.uri.toString() === loc.uri.toString());
      if (!file) {
        file = new FileItem(loc.uri, []);
        files.push(file);
      }
      file.refs.push(new RefItem(loc, file));
    }
    const all = files.flatMap(f => f.refs);
    const n = all.length;
    const provider: vscode.TreeDataProvider<Item> = {
      getChildren: item => (item ? (item instanceof FileItem ? item.refs : []) : files),
      getParent: item => (item instanceof RefItem ? item.file : undefined),
      getTreeItem: item => treeItem(item),
    };
    return {
      provider,
      message: vscode.l10n.t(
        '{0} in {1}',
        n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n),
        files.length === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', files.length),
      ),
      navigation: {
        nearest: (uri: vscode.Uri) => all.find(r => r.location.uri.toString() === uri.toString()) ?? all[0],
        next: (item: Item) => step(all, item, 1),
        previous: (item: Item) => step(all, item, -1),
        location: (item: Item) =>
          item instanceof RefItem ? item.location : new vscode.Location(item.uri, new vscode.Position(0, 0)),
      },
      highlights: {
        getEditorHighlights: (_item: Item, uri: vscode.Uri) =>
          all.filter(r => r.location.uri.toString() === uri.toString()).map(r => r.location.range),
      },
    };
  }
}

function step(all: readonly RefItem[], item: Item, by: number): Item {
  const from = item instanceof RefItem ? all.indexOf(item) : all.indexOf(item.refs[0]);
  return all[(from + by + all.length) % all.length] ?? item;
}

async function treeItem(item: Item): Promise<vscode.TreeItem> {
  if (item instanceof FileItem) {
    const t = new vscode.TreeItem(item.uri, vscode.TreeItemCollapsibleState.Expanded);
    t.description = true;
    t.iconPath = vscode.ThemeIcon.File;
    return t;
  }
  const { uri, range } = item.location;
  const line = await vscode.workspace.openTextDocument(uri).then(
    doc => doc.lineAt(range.start.line).text,
    () => '',
  );
  const from = Math.max(0, range.start.character - 30);
  const label = (from > 0 ? '…' : '') + line.slice(from, range.end.character + 60).trimEnd();
  const at = range.start.character - from + (from > 0 ? 1 : 0);
  const t = new vscode.TreeItem({ label, highlights: [[at, at + range.end.character - range.start.character]] });
  t.command = {
    command: 'vscode.open',
    title: vscode.l10n.t('Open'),
    arguments: [uri, { selection: new vscode.Range(range.start, range.start) }],
  };
  return t;
}

/**
 * Shows a person's mentions in the References view (its own title, "Mentions of Priya Anand");
 * where that view is not available, as a peek at the person's entry.
 */
export async function showMentionsInReferencesView(
  title: string,
  anchor: vscode.Location,
  locations: readonly vscode.Location[],
): Promise<void> {
  const ext = vscode.extensions.getExtension<SymbolTree>('vscode.references-view');
  const tree = ext ? await ext.activate().then(undefined, () => undefined) : undefined;
  if (tree && typeof tree.setInput === 'function') {
    tree.setInput(new MentionsInput(title, anchor, locations));
    return;
  }
  await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.range.start, locations);
}
