import * as vscode from 'vscode';
import type { TextChange } from '../model/yaml/changes';
import { composeChanges } from '../model/yaml/changes';
import type { NetworkModel } from '../model/network/network';
import { sourceOf } from '../model/network/network';
import { NetworkParser } from '../model/network/networkParser';
import type { TextSource } from '../model/yaml/pieceText';
import { PieceText } from '../model/yaml/pieceText';
import { quickPeopleModel } from '../model/network/quickRead';
import { DiskBaseline } from './diskBaseline';
import { Disposable } from './disposable';

/** How long typing settles before the tree, lenses and diagnostics follow. */
export const TYPING_DEBOUNCE_MS = 200;
/** A file found at activation is parsed at the latest this long after the People view was told of it… */
export const DEFERRED_PARSE_MS = 300;
/** …or this long after the view last asked for its quick first level. */
const AFTER_FIRST_TREE_MS = 30;
/** Below this size the parse takes a few milliseconds: nothing to show before it. */
const QUICK_READ_MIN_CHARS = 100_000;

/**
 * One network.yaml: its current model, from the open document's text (unsaved edits included)
 * or from disk when it is not open, kept up to date incrementally.
 */
export class NetworkFile extends Disposable {
  private readonly parser = new NetworkParser();
  /** Undefined while the text read at activation waits for its parse (see `quick`). */
  private modelValue: NetworkModel | undefined;
  /** While the model waits for its parse: the text, and the People view's quick model of it. */
  private deferred: { readonly text: string; readonly quick: NetworkModel } | undefined;
  private deferredTimer: ReturnType<typeof setTimeout> | undefined;
  /** The version of the open document the model was parsed from. */
  private modelVersion: number | undefined;
  /** The changes since the model was parsed, in its text's offsets (one event's, or a bounding one). */
  private pending: TextChange[] | undefined;
  private pendingFull = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The open document's text at a version, kept by applying each change event to it: asking the
   * document for its text after every keystroke makes VS Code join all its lines (about 30 ms at
   * 30,000 contacts). In blocks (PieceText): a change copies the blocks it touches, not the whole
   * text, and the incremental parse reads it as it is. Dropped when an event is missed.
   */
  private shadow: { readonly text: PieceText; readonly version: number } | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<NetworkFile>());
  /** Fires after the model changed (debounced while typing). */
  readonly onDidChange = this.changed.event;
  /** What the disk held when the open document was last in step with it (kept by NetworkStore). */
  readonly disk: DiskBaseline;

  constructor(
    readonly uri: vscode.Uri,
    readonly folder: vscode.WorkspaceFolder,
    initialText: string,
    deferParse = false,
  ) {
    super();
    const quick = deferParse && initialText.length >= QUICK_READ_MIN_CHARS ? quickPeopleModel(initialText) : undefined;
    if (quick) {
      // the People view shows its first level from the quick model; the parse follows it (parseSoon)
      this.deferred = { text: initialText, quick };
    } else {
      this.modelValue = this.parser.parse(initialText);
    }
    this.disk = new DiskBaseline(uri);
  }

  /**
   * While the file read at activation is not parsed yet: a model of its people with only the
   * fields that decide the People view's groups (nothing else may read it). Undefined once parsed.
   */
  get quick(): NetworkModel | undefined {
    return this.deferred?.quick;
  }

  /** Whether the model is parsed (reading `settled` or `current()` parses it if not). */
  get isParsed(): boolean {
    return this.modelValue !== undefined;
  }

  /**
   * Parses a deferred model `ms` from now (unless read before), again from now when asked again:
   * the People view asks each time it shows the quick first level, so the parse starts once it
   * has stopped asking.
   */
  parseSoon(ms = AFTER_FIRST_TREE_MS): void {
    if (this.deferred) {
      clearTimeout(this.deferredTimer);
      this.deferredTimer = setTimeout(() => this.parseDeferred(), ms);
    }
  }

  /** The deferred parse, from its timer: the model, and the change event for it. */
  private parseDeferred(): void {
    if (this.deferred && !this.isDisposed) {
      this.parseNow();
      this.changed.fire(this);
    }
  }

  /** The model, parsed now if it was waiting (its change event then follows from a timer, not inside this read). */
  private model(): NetworkModel {
    if (!this.modelValue) {
      this.parseNow();
      this.deferredTimer = setTimeout(() => !this.isDisposed && this.changed.fire(this), 0);
    }
    return this.modelValue!;
  }

  private parseNow(): void {
    const text = this.deferred!.text;
    this.deferred = undefined;
    clearTimeout(this.deferredTimer);
    this.modelValue = this.parser.parse(text);
  }

  /** The open document for this file, if VS Code has it open. */
  get document(): vscode.TextDocument | undefined {
    const key = this.uri.toString();
    return vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
  }

  /**
   * The model as of the last `onDidChange`: what the views show. It trails the typing by the
   * debounce, so that drawing a view never forces a parse in the middle of a word.
   */
  get settled(): NetworkModel {
    return this.model();
  }

  /**
   * The model of the file's text as it is at this moment (the open document's, unsaved edits
   * included): a change still waiting for typing to settle is parsed now.
   */
  current(): NetworkModel {
    const doc = this.document;
    if (doc && (this.timer || doc.version !== this.modelVersion)) {
      this.flush();
    }
    return this.model();
  }

  /** An edit to the open document: parse after typing settles. */
  noteDocumentChange(e: vscode.TextDocumentChangeEvent): void {
    const changes = e.contentChanges.map(c => ({
      start: c.rangeOffset,
      oldEnd: c.rangeOffset + c.rangeLength,
      delta: c.text.length - c.rangeLength,
    }));
    if (changes.length === 0) {
      return; // e.g. only the dirty state changed
    }
    if (this.modelVersion !== undefined && e.document.version - 1 !== this.modelVersion && !this.pending) {
      this.pendingFull = true; // an update was missed: compare everything
    }
    // the changes of one event are all in the same offsets; a second event is folded into one range
    this.pending = this.pending ? [composeChanges(bounding(this.pending), bounding(changes))] : changes;
    this.shadow =
      this.shadow?.version === e.document.version - 1
        ? { text: applyChanges(this.shadow.text, e.contentChanges), version: e.document.version }
        : undefined;
    this.schedule();
  }

  /** The text changed as a whole (opened, closed, changed on disk); `version` when from the open document. */
  replaceText(text: string, version?: number): void {
    this.clearTimer();
    this.pending = undefined;
    this.pendingFull = false;
    this.modelVersion = version;
    this.shadow = version === undefined ? undefined : { text: PieceText.of(text), version };
    if (this.deferred?.text === text || text === this.model().text) {
      return;
    }
    this.setModel(this.parser.parse(text));
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, TYPING_DEBOUNCE_MS);
  }

  private clearTimer(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private flush(): void {
    const doc = this.document;
    if (doc && !this.isDisposed) {
      this.syncTo(doc);
    } else {
      this.clearTimer();
    }
  }

  private syncTo(doc: vscode.TextDocument): void {
    this.clearTimer();
    const text = this.shadow?.version === doc.version ? this.shadow.text : PieceText.of(doc.getText());
    this.shadow = { text, version: doc.version };
    const hint = this.pendingFull ? undefined : this.pending;
    this.pending = undefined;
    this.pendingFull = false;
    this.modelVersion = doc.version;
    if (sameText(text, sourceOf(this.model()))) {
      return;
    }
    this.setModel(this.parser.parse(text, hint));
  }

  private setModel(model: NetworkModel): void {
    this.modelValue = model;
    this.changed.fire(this);
  }

  override dispose(): void {
    this.clearTimer();
    clearTimeout(this.deferredTimer);
    super.dispose();
  }
}

function bounding(changes: readonly TextChange[]): TextChange {
  let start = Infinity;
  let oldEnd = -Infinity;
  let delta = 0;
  for (const c of changes) {
    start = Math.min(start, c.start);
    oldEnd = Math.max(oldEnd, c.oldEnd);
    delta += c.delta;
  }
  return { start, oldEnd, delta };
}

/** A change event applied to the text it was made on, in order, as VS Code applies it to its copy. */
function applyChanges(text: PieceText, changes: readonly vscode.TextDocumentContentChangeEvent[]): PieceText {
  let out = text;
  for (const c of changes) {
    out = out.edit([{ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }]);
  }
  return out;
}

/** Whether the document's text is the model's: blocks both share are not read. */
function sameText(text: PieceText, model: TextSource): boolean {
  if (model instanceof PieceText) {
    return text.equals(model);
  }
  return text.length === model.length && text.toString() === model.toString();
}
