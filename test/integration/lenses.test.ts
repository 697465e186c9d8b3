import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import { fixtureText, networkUri, openNetwork, resetNetwork, sampleNetworkSuite } from './helpers';

/** The lenses of network.yaml as a user reads them: line, title, command and its reference. */
async function lensesByLine(): Promise<Map<number, string[]>> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
    'vscode.executeCodeLensProvider',
    networkUri(),
    100,
  );
  const byLine = new Map<number, string[]>();
  for (const l of lenses) {
    const ref = l.command?.arguments?.[0] as { name?: string } | undefined;
    const shown = `${l.command?.title} → ${l.command?.command.replace('contractorNetwork.', '')}(${ref?.name})`;
    byLine.set(l.range.start.line, [...(byLine.get(l.range.start.line) ?? []), shown]);
  }
  return byLine;
}

suite('code lenses on network.yaml entries', () => {
  let a: ContractorNetworkApi;
  sampleNetworkSuite('2026-11-26', host => {
    a = host;
  });

  test('each kind of entry gets its actions, in order, with the rule suggestion named', async () => {
    await resetNetwork(a, await fixtureText('edits', 'contract.yaml'));
    await openNetwork();
    const byLine = await lensesByLine();
    assert.deepStrictEqual(Object.fromEntries(byLine), {
      9: [
        'Accept (suggested by rule 1) → accept(Priya Anand)',
        'Ignore → ignore(Priya Anand)',
        "I don't know them → notKnown(Priya Anand)",
        'Later → later(Priya Anand)',
        'Open on LinkedIn → openOnLinkedIn(Priya Anand)',
      ],
      18: [
        'Follow → follow(Tobias Ferreira)',
        'Remove → remove(Tobias Ferreira)',
        'Open on LinkedIn → openOnLinkedIn(Tobias Ferreira)',
        'Add note → addNote(Tobias Ferreira)',
        'Follow-up → setFollowUp(Tobias Ferreira)',
        'Log opportunity → logOpportunity(Tobias Ferreira)',
      ],
      33: ['Restore → restore(Max Hollis)'],
    });
  });

  test('a followed contact offers Unfollow instead of Follow', async () => {
    const text = (await fixtureText('edits', 'contract.yaml')).replace(
      '    following: false              # unfollowed: still connected, no feed noise. Absent = true\n',
      '',
    );
    await resetNetwork(a, text);
    await openNetwork();
    const contact = (await lensesByLine()).get(18) ?? [];
    assert.deepStrictEqual(contact.slice(0, 2), [
      'Unfollow → unfollow(Tobias Ferreira)',
      'Remove → remove(Tobias Ferreira)',
    ]);
  });
});
