import * as assert from 'assert';
import { readLinkedInExport, skippedSummary } from '../../../src/model/linkedin/linkedinExport';
import { planImport } from '../../../src/model/linkedin/importMerge';
import { exportedLinkedInUrl } from '../../../src/model/linkedin/linkedinUrl';
import { readShares } from '../../../src/model/linkedin/sharesCsv';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { utcDay } from '../../support/linkedinExportFixtures';

// Only https://www.linkedin.com/ URLs are ever written from an import (and so only they can be
// opened later): profiles in Connections.csv and Invitations.csv, ShareLink in Shares.csv.

const BAD = [
  'javascript:alert(1)',
  'JavaScript:alert(1)//https://www.linkedin.com/in/x',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'vscode://command/workbench.action.quit',
  'command:workbench.action.quit',
  'http://linkedin.com/in/x',
  'http://www.linkedin.com/in/x',
  'https://linkedin.com/in/x',
  'https://de.linkedin.com/in/x',
  'https://www.linkedin.com.evil.com/in/x',
  'https://www.linkedin.com@evil.com/in/x',
  'https://user:pw@www.linkedin.com/in/x',
  'https://www.linkedin.com:8443/in/x',
  'https://evil.com/?https://www.linkedin.com/',
  'https://evil.com/https://www.linkedin.com/in/x',
  '//www.linkedin.com/in/x',
  'www.linkedin.com/in/x',
  'https://www.linkedin.com/in/x\nevil: yes',
  'https://www.linkedin.com/in/x" onclick="alert(1)',
  'https://www.linkedin.com/in/x\\@evil.com',
  'https://www.linkedin.com/in/ x',
];
const GOOD = [
  'https://www.linkedin.com/in/tferreira',
  'https://www.linkedin.com/in/priya-anand-77/',
  'https://www.linkedin.com/feed/update/urn:li:share:7448081445065035',
  'https://www.linkedin.com/in/m%C3%BCller?trk=x',
];

const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const BASE = 'version: 1\ninvitations: []\ncontacts: []\narchive: []\n';

suite('the import writes only https://www.linkedin.com/ URLs', () => {
  test('exportedLinkedInUrl: exactly https://www.linkedin.com/ pages, nothing else', () => {
    for (const good of GOOD) {
      assert.strictEqual(exportedLinkedInUrl(good), good, good);
      assert.strictEqual(exportedLinkedInUrl(`  ${good} `), good, 'spaces around are trimmed');
    }
    for (const bad of BAD) {
      assert.strictEqual(exportedLinkedInUrl(bad), undefined, bad);
    }
    assert.strictEqual(exportedLinkedInUrl(undefined), undefined);
    assert.strictEqual(exportedLinkedInUrl(''), undefined);
  });

  test('Connections.csv and Invitations.csv: a bad profile URL is not written; the person is, by name', () => {
    const connections = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      ...BAD.map((u, i) => `Bad,Conn${i},${quoted(u)},,Acme,CTO,02 Nov 2021`),
      'Good,Conn,https://www.linkedin.com/in/good-conn,,Acme,CTO,02 Nov 2021',
    ].join('\n');
    const invitations = [
      'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
      ...BAD.map((u, i) => `Bad Inv${i},Sam Keller,"11/20/26, 5:02 PM",hi,INCOMING,${quoted(u)},`),
      'Good Inv,Sam Keller,"11/20/26, 5:02 PM",hi,INCOMING,https://www.linkedin.com/in/good-inv,',
    ].join('\n');
    const exp = readLinkedInExport({ connections, invitations }, utcDay);
    const r = planImport(new NetworkParser().parse(BASE), exp, '2026-11-26');
    assert.ok(r.ok, r.ok ? '' : r.message);
    const out = applyEdits(BASE, r.edits);
    const model = new NetworkParser().parse(out);
    assert.deepStrictEqual(model.syntaxErrors, []);
    const people = [...model.contacts, ...model.invitations].map(personOf);
    assert.strictEqual(people.length, 2 * BAD.length + 2, 'everyone is imported');
    const profiles = people.map(p => p.profile).filter(Boolean);
    assert.deepStrictEqual(profiles.sort(), [
      'https://www.linkedin.com/in/good-conn',
      'https://www.linkedin.com/in/good-inv',
    ]);
    assert.deepStrictEqual(
      [...out.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s,]*|\b(?:javascript|command|data|file):|linkedin\.com[^\s,]*|evil/gi)]
        .map(m => m[0])
        .sort(),
      ['https://www.linkedin.com/in/good-conn', 'https://www.linkedin.com/in/good-inv'],
      'no other URL, scheme or host in the file',
    );
    // each dropped profile is named, by file, line and person, like the import's other skips
    assert.strictEqual(exp.skipped?.length, 2 * BAD.length, JSON.stringify(exp.skipped));
    assert.strictEqual(
      exp.skipped?.[0],
      'Connections.csv, line 2: the profile "javascript:alert(1)" of Bad Conn0 is not on https://www.linkedin.com/, not written.',
    );
    assert.strictEqual(
      exp.skipped?.[BAD.length],
      'Invitations.csv, line 2: the profile "javascript:alert(1)" of Bad Inv0 is not on https://www.linkedin.com/, not written.',
    );
    assert.ok(
      exp.skipped?.every(x => !x.includes('\n')),
      'a profile with a line break is shown escaped, on one line',
    );
    assert.match(
      skippedSummary(exp.skipped ?? []),
      new RegExp(`^Skipped \\(${2 * BAD.length}\\): Connections\\.csv, line 2: .*; .* and ${2 * BAD.length - 5} more$`),
    );
  });

  test('the summary of what was skipped: how many, then each one up to five', () => {
    assert.strictEqual(skippedSummary([]), '');
    assert.strictEqual(skippedSummary(['a, line 2: x', 'b: y']), 'Skipped (2): a, line 2: x; b: y');
  });

  test('Shares.csv: a ShareLink that is not a https://www.linkedin.com/ page is skipped with its line', () => {
    const csv = [
      'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
      ...BAD.map((u, i) => `2026-11-30 09:14:22,${quoted(u)},text ${i},,,PUBLIC`),
      '2026-11-30 09:14:22,https://www.linkedin.com/feed/update/urn:li:share:1,good,,,PUBLIC',
    ].join('\n');
    const { shares, skipped } = readShares(csv);
    assert.deepStrictEqual(
      shares.map(s => s.url),
      ['https://www.linkedin.com/feed/update/urn:li:share:1'],
    );
    assert.strictEqual(skipped.length, BAD.length, JSON.stringify(skipped));
  });
});
