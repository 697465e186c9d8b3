import * as vscode from 'vscode';
import { todayLocal } from '../model/calendar/dates';
import type { NetworkModel } from '../model/network/network';
import type { GroupPeopleBy, PeopleGroup } from '../model/people/peopleGroups';
import { groupPeople, isPending, rowIds, sortedEntries } from '../model/people/peopleGroups';
import { personOf } from '../model/people/person';
import { dueDescriber } from '../model/people/followUps';
import type { PeopleFilter } from '../model/people/peopleFilter';
import { rulesOf, suggestFor } from '../model/rules/rules';
import { describeOpportunities, opportunitiesVia } from '../model/opportunities/pipeline';
import { record } from '../model/network/network';
import { Disposable } from '../services/disposable';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import { ArchivedNode } from './archivedNode';
import { BrokenFileNode } from './brokenFileNode';
import { MergeConflictNode } from './mergeConflictNode';
import { isConflicted } from '../model/merge/conflictMarkers';
import { ContactNode } from './contactNode';
import { FolderNode } from './folderNode';
import { GroupNode } from './groupNode';
import { InvitationNode } from './invitationNode';
import { LoadingNode } from './loadingNode';
import { MovedNode } from './movedNode';
import type { PersonNodeBase } from './personNodeBase';
import { TodoNode } from './todoNode';

export type PeopleNode = FolderNode | GroupNode | PersonNodeBase | BrokenFileNode | MergeConflictNode | LoadingNode;

/**
 * Groups shown open: what asks for attention now. The availability campaign is one line until
 * opened, so the daily flow (to-dos, moves, due, invitations) stays in view.
 */
const OPEN_GROUPS = new Set<string>(['todo', 'moved', 'due', 'invitations']);

/**
 * The people view: to-dos on LinkedIn, moves, invitations, contacts by category (or company),
 * archive. Children are built only when a group is expanded, so a 30,000-contact network costs
 * nothing until it is looked at.
 */
export class PeopleTreeProvider extends Disposable implements vscode.TreeDataProvider<PeopleNode> {
  private readonly changed = this._register(new vscode.EventEmitter<PeopleNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly groupsCache = new WeakMap<NetworkModel, Map<string, PeopleGroup[]>>();
  private filterValue: PeopleFilter | undefined;
  private readonly parents = new WeakMap<PeopleNode, PeopleNode>();
  /** The groups worked out from a file's quick model (before its parse): their people wait for it. */
  private readonly quickGroups = new WeakSet<PeopleGroup>();

  constructor(
    private readonly store: NetworkStore,
    private readonly today: () => string = () => todayLocal(),
    private readonly availabilityLeadWeeks: () => number = () => 8,
    private readonly groupBy: () => GroupPeopleBy = () => 'category',
  ) {
    super();
    this._register(store.onDidChange(() => this.refresh()));
    this._register(store.onDidFindFiles(() => this.refresh()));
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  get filter(): PeopleFilter | undefined {
    return this.filterValue;
  }

  setFilter(filter: PeopleFilter | undefined): void {
    this.filterValue = filter;
    this.refresh();
  }

  getTreeItem(element: PeopleNode): vscode.TreeItem {
    return element;
  }

  resolveTreeItem(item: vscode.TreeItem, element: PeopleNode): vscode.TreeItem {
    if ('buildTooltip' in element && !item.tooltip) {
      item.tooltip = element.buildTooltip();
    }
    return item;
  }

  getParent(element: PeopleNode): PeopleNode | undefined {
    return this.parents.get(element);
  }

  getChildren(element?: PeopleNode): PeopleNode[] {
    if (!element) {
      const files = this.store.all;
      if (files.length === 1) {
        return this.fileChildren(files[0]);
      }
      return files.map(f => new FolderNode(f));
    }
    if (element instanceof FolderNode) {
      return this.withParent(element, this.fileChildren(element.file));
    }
    if (element instanceof GroupNode) {
      return this.withParent(element, this.peopleOf(element));
    }
    return [];
  }

  private withParent<T extends PeopleNode>(parent: PeopleNode, children: T[]): T[] {
    for (const c of children) {
      this.parents.set(c, parent);
    }
    return children;
  }

  /**
   * The groups of a file, cached per model, filter and day. Before the file is parsed (just after
   * activation), from its quick model: the same groups and counts, worked out from the line scan
   * and the fields that decide them; their people come with the parse.
   */
  groups(file: NetworkFile): PeopleGroup[] {
    const quick = this.filterValue ? undefined : file.quick;
    const model = quick ?? file.settled;
    const today = this.today();
    const availabilityLeadWeeks = this.availabilityLeadWeeks();
    const groupBy = this.groupBy();
    const key = `${today}|${availabilityLeadWeeks}|${groupBy}|${this.filterValue?.text ?? ''}`;
    let byKey = this.groupsCache.get(model);
    if (!byKey) {
      byKey = new Map();
      this.groupsCache.set(model, byKey);
    }
    let groups = byKey.get(key);
    if (!groups) {
      groups = groupPeople(model, { today, filter: this.filterValue, availabilityLeadWeeks, groupBy });
      byKey.set(key, groups);
      if (quick) {
        groups.forEach(g => this.quickGroups.add(g));
      }
    }
    return groups;
  }

  private fileChildren(file: NetworkFile): PeopleNode[] {
    const model = (!this.filterValue && file.quick) || file.settled;
    if (model === file.quick) {
      file.parseSoon(); // the parse follows the first level, once the view has it
    }
    if (isConflicted(model)) {
      return [new MergeConflictNode(file, model.syntaxErrors)];
    }
    if (model.syntaxErrors.length > 0) {
      return [new BrokenFileNode(file, model.syntaxErrors[0], model.syntaxErrors.length)];
    }
    const fileKey = file.uri.toString();
    return this.groups(file).map(
      g =>
        new GroupNode(
          file,
          g,
          `${fileKey}#${g.kind}:${g.category ?? g.company ?? ''}`,
          g.entries.length,
          OPEN_GROUPS.has(g.kind) || !!this.filterValue,
        ),
    );
  }

  /** A group's people; of a group from the quick model, a "reading" row until the file is parsed. */
  private peopleOf(node: GroupNode): (PersonNodeBase | LoadingNode)[] {
    if (!this.quickGroups.has(node.group)) {
      return this.groupChildren(node);
    }
    if (!node.file.isParsed) {
      node.file.parseSoon();
      return [new LoadingNode(`${node.id}/…`)];
    }
    const same = (g: PeopleGroup): boolean =>
      g.kind === node.group.kind && g.category === node.group.category && g.company === node.group.company;
    const parsed = this.groups(node.file).find(same);
    return parsed ? this.groupChildren(new GroupNode(node.file, parsed, node.id ?? '', 0, false)) : [];
  }

  private groupChildren(node: GroupNode): PersonNodeBase[] {
    const today = this.today();
    const rules = rulesOf(node.file.settled);
    const idFor = rowIds(`${node.id}`);
    if (node.group.kind === 'todo') {
      return sortedEntries(node.group).map(entry => new TodoNode(node.file, entry, idFor(entry)));
    }
    if (node.group.kind === 'moved') {
      return sortedEntries(node.group).map(entry => new MovedNode(node.file, entry, idFor(entry)));
    }
    if (node.group.due) {
      // in the sweep's order (most overdue first), with when each is due as the sweep worked it out
      const dueText = dueDescriber();
      return node.group.due.map(d => new ContactNode(node.file, d.entry, idFor(d.entry), dueText(d), today));
    }
    if (node.group.kind === 'availability') {
      const model = node.file.settled;
      return sortedEntries(node.group).map(entry => {
        const brought = describeOpportunities(opportunitiesVia(model, entry)) || undefined;
        return new ContactNode(node.file, entry, idFor(entry), brought, today, 'toTell');
      });
    }
    return sortedEntries(node.group).map(entry => {
      switch (entry.list) {
        case 'invitations': {
          const snoozed = isPending(entry, today) ? undefined : personOf(entry).snoozed;
          return new InvitationNode(node.file, entry, idFor(entry), suggestFor(rules, record(entry)), snoozed);
        }
        case 'archive':
          return new ArchivedNode(node.file, entry, idFor(entry));
        default:
          return new ContactNode(node.file, entry, idFor(entry), undefined, today);
      }
    });
  }
}
