import * as vscode from 'vscode';
import { describeOpportunities, opportunitiesVia } from '../model/opportunities/pipeline';
import { cadenceOf, nextDue } from '../model/people/followUps';
import type { PersonList } from '../model/network/network';
import { personOf } from '../model/people/person';
import { cardKindOf, personCard } from '../model/people/personCard';
import type { MentionResolver } from '../services/mentionResolver';
import { entryRanges } from '../services/mentionResolver';
import { cardMarkdown, safeMarkdown } from '../services/safeMarkdown';

/** A mention in markdown: the person's card on hover. */
export class MentionHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly resolver: MentionResolver,
    private readonly today: () => string,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const found = this.resolver.at(doc, position);
    if (!found?.file) {
      return undefined;
    }
    const { entry, file, range } = found;
    if (!entry) {
      const md = safeMarkdown();
      md.appendText(
        vscode.l10n.t('Nobody in {0} is "{1}".', file.uri.path.split('/').pop() ?? '', found.mention.text.trim()),
      );
      return new vscode.Hover(md, range);
    }
    const model = file.current();
    const list = entry.list as PersonList;
    const due = list === 'contacts' ? nextDue(entry, cadenceOf(model), this.today()) : undefined;
    const opportunities = describeOpportunities(opportunitiesVia(model, entry)) || undefined;
    const md = cardMarkdown(personCard(personOf(entry), cardKindOf(list), { due, opportunities }));
    const n = this.resolver.countOf(file, entry);
    md.appendMarkdown('\n\n');
    md.appendText(
      n === 1
        ? vscode.l10n.t('1 mention in your notes · F12 opens the entry in network.yaml')
        : vscode.l10n.t('{0} mentions in your notes · F12 opens the entry in network.yaml', n),
    );
    return new vscode.Hover(md, range);
  }
}

/** Go to Definition on a mention: the person's entry in network.yaml. */
export class MentionDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly resolver: MentionResolver) {}

  provideDefinition(doc: vscode.TextDocument, position: vscode.Position): vscode.LocationLink[] | undefined {
    const found = this.resolver.at(doc, position);
    if (!found?.file || !found.entry) {
      return undefined;
    }
    const { whole, name } = entryRanges(found.file, found.entry);
    return [
      {
        originSelectionRange: found.range,
        targetUri: found.file.uri,
        targetRange: whole,
        targetSelectionRange: name,
      },
    ];
  }
}

/** Find All References on a mention: every mention of the same person (and their entry). */
export class MentionReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly resolver: MentionResolver) {}

  provideReferences(
    doc: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
  ): vscode.Location[] | undefined {
    const found = this.resolver.at(doc, position);
    if (!found?.file || !found.entry) {
      return undefined;
    }
    const mentions = this.resolver.locationsOf(found.file, found.entry);
    return context.includeDeclaration
      ? [new vscode.Location(found.file.uri, entryRanges(found.file, found.entry).name), ...mentions]
      : mentions;
  }
}
