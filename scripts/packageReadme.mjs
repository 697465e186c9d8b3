// The README the .vsix carries (npm run package): the repository's README.md without the sections
// written for the repository's readers (how speed is measured, how to develop it, the choices made
// where the format's contract is silent, how to add a translation): long, and not what a user
// reads in the Extensions view. "Two commands" (npm start and npm test, for a clone of the repository)
// keeps only its subsections (installing, the walkthrough, the browser), under "Getting started".
// Written to dist/README.md; the repository's README is unchanged.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const FOR_THE_REPOSITORY = new Set([
  'Performance',
  'Development',
  'Choices made where the contract is silent',
  'Adding a language',
]);

const readme = readFileSync('README.md', 'utf8');
// a section runs from its heading to the next heading of the same or a higher level
const lines = readme.split('\n');
const kept = [];
let dropping = 0; // the level of the heading being dropped, 0 when keeping
let intro = false; // in the part of "Two commands" before its first subsection
for (const line of lines) {
  const heading = /^(#{2,3}) (.*)$/.exec(line);
  if (heading && dropping && heading[1].length <= dropping) {
    dropping = 0;
  }
  if (heading && intro) {
    intro = false;
  }
  if (heading?.[0] === '## Two commands') {
    kept.push('## Getting started', '');
    intro = true;
    continue;
  }
  if (intro) {
    continue;
  }
  if (heading && FOR_THE_REPOSITORY.has(heading[2].trim())) {
    dropping = heading[1].length;
    FOR_THE_REPOSITORY.delete(heading[2].trim());
  }
  if (!dropping) {
    kept.push(line);
  }
}
if (FOR_THE_REPOSITORY.size) {
  throw new Error(`README.md has no section ${[...FOR_THE_REPOSITORY].join(', ')}: update scripts/packageReadme.mjs`);
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/README.md', kept.join('\n'));
