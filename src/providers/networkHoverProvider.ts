import * as vscode from 'vscode';
import { todayLocal } from '../model/calendar/dates';
import { entryAt } from '../model/network/entryAt';
import { record } from '../model/network/network';
import { personOf } from '../model/people/person';
import { cadenceOf, nextDue } from '../model/people/followUps';
import { ruleMatches, rulesOf, suggestFor } from '../model/rules/rules';
import type { NetworkStore } from '../services/networkStore';
import { cardKindOf, personCard } from '../model/people/personCard';
import { opportunityOf } from '../model/opportunities/opportunity';
import { opportunityCard } from '../model/opportunities/opportunityCard';
import { describeOpportunities, opportunitiesVia } from '../model/opportunities/pipeline';
import { cardMarkdown, safeMarkdown } from '../services/safeMarkdown';
import { offsetOf, rangeOf } from './positions';

/** Hover cards on network.yaml entries; on rules, who they match. */
export class NetworkHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: NetworkStore,
    private readonly today: () => string = () => todayLocal(),
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const file = this.store.fileForUri(document.uri);
    if (!file) {
      return undefined;
    }
    const model = file.current();
    if (model.syntaxErrors.length) {
      return undefined;
    }
    const offset = offsetOf(model.text, position);
    const entry = entryAt(model, offset);
    if (!entry) {
      return undefined;
    }
    const range = rangeOf(model.text, entry.start, entry.end);
    if (entry.list === 'rules') {
      const rule = rulesOf(model)[entry.index];
      const md = safeMarkdown();
      const pending = model.invitations.filter(e => ruleMatches(rule, record(e)));
      const winning = model.invitations.filter(e => suggestFor(rulesOf(model), record(e))?.rule === rule);
      md.appendMarkdown(
        pending.length === 1
          ? vscode.l10n.t('**Rule {0}** matches 1 pending invitation', entry.index + 1)
          : vscode.l10n.t('**Rule {0}** matches {1} pending invitations', entry.index + 1, pending.length),
      );
      md.appendMarkdown(
        winning.length !== pending.length
          ? vscode.l10n.t(' (wins for {0}; an earlier rule wins for the others)', winning.length)
          : '',
      );
      for (const e of pending.slice(0, 10)) {
        md.appendMarkdown('\n\n- ');
        md.appendText(personOf(e).name);
      }
      if (pending.length > 10) {
        md.appendMarkdown('\n\n' + vscode.l10n.t('… and {0} more', pending.length - 10));
      }
      return new vscode.Hover(md, range);
    }
    if (entry.list === 'blueprints') {
      return undefined;
    }
    if (entry.list === 'opportunities') {
      return new vscode.Hover(cardMarkdown(opportunityCard(opportunityOf(entry), model)), range);
    }
    const person = personOf(entry);
    const due = entry.list === 'contacts' ? nextDue(entry, cadenceOf(model), this.today()) : undefined;
    const opportunities = describeOpportunities(opportunitiesVia(model, entry)) || undefined;
    const md = cardMarkdown(personCard(person, cardKindOf(entry.list), { due, opportunities }));
    if (entry.list === 'invitations') {
      const s = suggestFor(rulesOf(model), record(entry));
      if (s) {
        md.appendMarkdown('\n\n' + vscode.l10n.t('**Suggested:** '));
        md.appendText(vscode.l10n.t('{0}, by {1}', s.suggestion, s.reason));
      }
      if (person.snoozed && person.snoozed > this.today()) {
        md.appendMarkdown('\n\n');
        md.appendText(vscode.l10n.t('Snoozed: out of the triage queue until {0}.', person.snoozed));
      }
    }
    return new vscode.Hover(md, range);
  }
}
