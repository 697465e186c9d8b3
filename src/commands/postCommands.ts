import * as vscode from 'vscode';
import { plainLabel } from '../model/people/plainLabel';
import type { Blueprint } from '../model/posts/blueprints';
import { blueprintsOf, isBlueprintSlug } from '../model/posts/blueprints';
import { availabilityPost } from '../model/posts/availabilityPost';
import { setFrontMatterFields } from '../model/posts/frontMatter';
import { linkedInLength, toLinkedIn } from '../model/posts/linkedinText';
import { CHANNELS } from '../model/network/network';
import { POST_LIMIT, postInfo } from '../model/posts/postLint';
import { DEFAULT_TEMPLATES, draftFileName, fillTemplate, quoteSelection } from '../model/posts/postTemplates';
import { safeRelativeFolder } from '../model/posts/relativeFolder';
import type { Channel } from '../model/network/network';
import type { Clock } from '../services/clock';
import type { Configuration } from '../services/configuration';
import type { DraftStore } from '../services/draftStore';
import type { EditApplier } from '../services/editApplier';
import { untrustedMessage } from '../services/editApplier';
import type { NetworkStore } from '../services/networkStore';
import { isInside } from '../services/workspacePaths';
import { openLinkedInPage } from './actionCommands';
import type { CommandTable } from './commandTable';
import { draftText } from './draftTarget';
import { UserError } from '../services/userError';
import { notify } from '../services/notify';
import { status } from '../services/statusText';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();
const NO_BLUEPRINT = '';

/** The thought-leadership studio's commands: drafts from blueprints or selections, LinkedIn-ready output. */
export class PostCommands {
  constructor(
    private readonly store: NetworkStore,
    private readonly drafts: DraftStore,
    private readonly applier: EditApplier,
    private readonly config: Configuration,
    private readonly clock: Clock,
  ) {}

  table(): CommandTable {
    return {
      newPost: (b, c) => this.newPost(b, c),
      newPostFromSelection: () => this.newPostFromSelection(),
      newAvailabilityPost: () => this.newAvailabilityPost(),
      copyForLinkedIn: u => this.copyForLinkedIn(u),
      markPublished: u => this.markPublished(u),
      openPostOnLinkedIn: u => this.openPostOnLinkedIn(u),
    };
  }

  /** newPost(blueprintId?, channel?): asks what is missing, creates the draft, opens it beside. */
  async newPost(blueprintArg?: unknown, channelArg?: unknown, selection?: string): Promise<vscode.Uri | undefined> {
    if (!vscode.workspace.isTrusted) {
      throw new UserError(untrustedMessage());
    }
    const folder = await this.pickFolder();
    if (!folder) {
      return undefined;
    }
    const blueprints = this.blueprints(folder);
    const blueprintId = await this.chooseBlueprint(blueprints, blueprintArg, selection);
    if (blueprintId === undefined) {
      return undefined;
    }
    const blueprint = blueprints.find(b => b.id === blueprintId);
    const channel = typeof channelArg === 'string' ? channelArg.trim() : await this.pickChannel(blueprintId, blueprint);
    if (channel === undefined) {
      return undefined;
    }
    if (!(CHANNELS as readonly string[]).includes(channel)) {
      throw new UserError(vscode.l10n.t('"{0}" is not a channel. Use one of: {1}.', channel, CHANNELS.join(', ')));
    }
    const today = this.clock.today();
    const template = await this.template(folder, channel as Channel);
    const content = fillTemplate(template, {
      blueprint: blueprintId || undefined,
      title: blueprint?.title,
      promise: blueprint?.promise,
      audience: blueprint?.audience.join(', '),
      channel,
      date: today,
      selection,
    });
    return this.createDraft(folder, taken => draftFileName(today, blueprintId || undefined, channel, taken), content);
  }

  /** The blueprint id given or picked ('' for a draft on its own); undefined when cancelled. */
  private async chooseBlueprint(
    blueprints: readonly Blueprint[],
    given: unknown,
    selection: string | undefined,
  ): Promise<string | undefined> {
    let blueprintId: string | undefined;
    if (typeof given === 'string') {
      blueprintId = given.trim();
    } else if (given === undefined || given === null) {
      const pick = await vscode.window.showQuickPick(
        [
          ...blueprints.map(b => ({
            label: plainLabel(b.title),
            description: plainLabel(b.id),
            detail: b.promise === undefined ? undefined : plainLabel(b.promise),
            id: b.id,
          })),
          { label: vscode.l10n.t('No blueprint'), description: vscode.l10n.t('a draft on its own'), id: NO_BLUEPRINT },
        ],
        {
          title: selection
            ? vscode.l10n.t('New post from the selection: which blueprint?')
            : vscode.l10n.t('New post: which blueprint?'),
          matchOnDescription: true,
        },
      );
      blueprintId = pick?.id;
    } else {
      throw new UserError(
        vscode.l10n.t('newPost takes a blueprint id (text) and a channel, e.g. ("kafka-migration", "post").'),
      );
    }
    if (blueprintId && !isBlueprintSlug(blueprintId)) {
      throw new UserError(
        vscode.l10n.t(
          '"{0}" is not a blueprint id: ids are lower-case letters, digits and dashes (they name the draft files).',
          blueprintId,
        ),
      );
    }
    return blueprintId;
  }

  /** The channels, the blueprint's planned ones first (saying which have drafts already). */
  private async pickChannel(blueprintId: string, blueprint: Blueprint | undefined): Promise<string | undefined> {
    const planned = blueprint?.channels ?? [];
    const existing = new Set(
      this.drafts
        .all()
        .filter(d => d.info.blueprint === blueprintId)
        .map(d => d.info.channel),
    );
    const items = [...planned, ...CHANNELS.filter(c => !planned.includes(c))].map(c => ({
      label: plainLabel(c),
      channel: c,
      description: planned.includes(c)
        ? existing.has(c)
          ? vscode.l10n.t('planned · has drafts')
          : vscode.l10n.t('planned · nothing yet')
        : undefined,
    }));
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Which channel?') });
    return pick?.channel;
  }

  /**
   * Writes a new draft into the posts folder under a free name, opens it beside the active editor
   * with its first {{prompt}} selected, and resolves to its Uri.
   */
  async createDraft(
    folder: vscode.WorkspaceFolder,
    nameFor: (taken: (name: string) => boolean) => string,
    content: string,
  ): Promise<vscode.Uri> {
    const postsFolder = this.drafts.postsFolder(folder);
    if (!postsFolder || !isInside(folder.uri, postsFolder)) {
      throw new UserError(
        vscode.l10n.t(
          'The setting contractorNetwork.postsFolder ("{0}") must be a folder inside the workspace folder; nothing was created.',
          this.config.postsFolder(folder),
        ),
      );
    }
    await vscode.workspace.fs.createDirectory(postsFolder);
    const taken = new Set((await vscode.workspace.fs.readDirectory(postsFolder)).map(([n]) => n.toLowerCase()));
    const uri = vscode.Uri.joinPath(
      postsFolder,
      nameFor(n => taken.has(n.toLowerCase())),
    );
    await vscode.workspace.fs.writeFile(uri, encoder.encode(content));
    const doc = await vscode.workspace.openTextDocument(uri);
    const shown = await vscode.window.showTextDocument(doc, {
      viewColumn: vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
      preview: false,
    });
    const prompt = content.indexOf('{{');
    if (prompt >= 0) {
      const end = content.indexOf('}}', prompt);
      shown.selection = new vscode.Selection(doc.positionAt(prompt), doc.positionAt(end < 0 ? prompt : end + 2));
      shown.revealRange(shown.selection);
    }
    void this.drafts.rescan();
    return uri;
  }

  /** newAvailabilityPost(): a draft saying you are available, from `me` and the blueprints (never the rate). */
  async newAvailabilityPost(): Promise<vscode.Uri | undefined> {
    if (!vscode.workspace.isTrusted) {
      throw new UserError(untrustedMessage());
    }
    const folder = await this.pickFolder();
    if (!folder) {
      return undefined;
    }
    const file = this.store.all.find(f => f.folder.uri.toString() === folder.uri.toString());
    const model = file?.current();
    if (!model || model.syntaxErrors.length) {
      throw new UserError(
        vscode.l10n.t('network.yaml has to read cleanly first: the post is written from `me` and the blueprints.'),
      );
    }
    const today = this.clock.today();
    return this.createDraft(
      folder,
      taken => draftFileName(today, 'availability', 'post', taken),
      availabilityPost(model, today),
    );
  }

  /** newPostFromSelection(): the same, with the active selection quoted in the body. */
  async newPostFromSelection(): Promise<vscode.Uri | undefined> {
    const editor = vscode.window.activeTextEditor;
    const text = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : undefined;
    if (!editor || !text || !text.trim()) {
      throw new UserError(
        vscode.l10n.t('Select the code or text you want to write about first, then run "New Post from Selection".'),
        'info',
      );
    }
    const fileName = vscode.workspace.asRelativePath(editor.document.uri, false);
    const quoted = quoteSelection(text, editor.document.languageId, fileName);
    return this.newPost(undefined, undefined, quoted);
  }

  /** copyForLinkedIn(uri?): the LinkedIn-ready text on the clipboard; resolves to it. */
  async copyForLinkedIn(uriArg?: unknown): Promise<string | undefined> {
    const { uri, text } = await draftText(uriArg);
    const out = toLinkedIn(text, { unicodeStyling: this.config.unicodeStyling() });
    await vscode.env.clipboard.writeText(out);
    const n = linkedInLength(out);
    const info = postInfo(text);
    const isPost = !info.channel || info.channel === 'post';
    const count = n.toLocaleString('en-US');
    const name = uri.path.split('/').pop() ?? '';
    const msg = isPost
      ? vscode.l10n.t(
          'Copied {0} characters of {1} for LinkedIn (posts take {2}).',
          count,
          name,
          POST_LIMIT.toLocaleString('en-US'),
        )
      : vscode.l10n.t('Copied {0} characters of {1} for LinkedIn.', count, name);
    if (isPost && n > POST_LIMIT) {
      void notify.warn(
        vscode.l10n.t(
          '{0} It is {1} over: LinkedIn will not take it as a post.',
          msg,
          (n - POST_LIMIT).toLocaleString('en-US'),
        ),
      );
    } else {
      void notify.info(msg);
    }
    return out;
  }

  /** markPublished(uri?): `status: published` and `published: today` in the front matter. */
  async markPublished(uriArg?: unknown): Promise<vscode.Uri | undefined> {
    const { uri } = await draftText(uriArg);
    const today = this.clock.today();
    await this.applier.applyToText(uri, text => {
      try {
        return {
          ok: true as const,
          edits: setFrontMatterFields(text, [
            ['status', 'published'],
            ['published', today],
          ]),
          message: vscode.l10n.t('published'),
        };
      } catch (e) {
        return {
          ok: false as const,
          message: vscode.l10n.t(
            'The front matter of {0} does not read: {1} Nothing was changed.',
            uri.path.split('/').pop() ?? '',
            e instanceof Error ? e.message : String(e),
          ),
        };
      }
    });
    void this.drafts.rescan();
    status.flash(vscode.l10n.t('Marked {0} published on {1}.', uri.path.split('/').pop() ?? '', today), 4000, 'globe');
    return uri;
  }

  /** openPostOnLinkedIn(uri?): the published post's `url`, only a `https://www.linkedin.com/` link. */
  async openPostOnLinkedIn(uriArg?: unknown): Promise<string | undefined> {
    const { uri, text } = await draftText(uriArg);
    const url = postInfo(text).url?.trim();
    if (!url?.startsWith('https://www.linkedin.com/')) {
      throw new UserError(
        vscode.l10n.t(
          '{0} has no LinkedIn link (url: https://www.linkedin.com/…); the import sets it from Shares.csv.',
          uri.path.split('/').pop() ?? '',
        ),
        'info',
      );
    }
    return openLinkedInPage(url);
  }

  private blueprints(folder: vscode.WorkspaceFolder): Blueprint[] {
    const file = this.store.all.find(f => f.folder.uri.toString() === folder.uri.toString());
    const model = file?.current();
    return model && model.syntaxErrors.length === 0 ? blueprintsOf(model) : [];
  }

  private async pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
    await this.store.ready();
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      throw new UserError(vscode.l10n.t('Open a folder first: drafts live in its posts folder.'));
    }
    const active =
      vscode.window.activeTextEditor &&
      vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri);
    if (active || folders.length === 1) {
      return active ?? folders[0];
    }
    return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder is the draft for?') });
  }

  /** The user's template for a channel (`.contractor-network/templates/<channel>.md`), or the built-in one. */
  private async template(folder: vscode.WorkspaceFolder, channel: Channel): Promise<string> {
    const rel = safeRelativeFolder(`.contractor-network/templates`);
    const uri = vscode.Uri.joinPath(folder.uri, ...(rel ?? '').split('/'), `${channel}.md`);
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return DEFAULT_TEMPLATES[channel];
    }
  }
}
