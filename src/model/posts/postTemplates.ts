// What a new draft starts with, per channel. Users override a channel's template with
// `.contractor-network/templates/<channel>.md`; {{placeholders}} are filled in either way.

import type { Channel } from '../network/network';

export interface TemplateValues {
  readonly blueprint?: string;
  readonly title?: string;
  readonly promise?: string;
  readonly audience?: string;
  readonly channel: string;
  readonly date: string;
  /** The quoted selection, for "New Post from Selection". */
  readonly selection?: string;
}

const HEAD = '---\n{{frontMatter}}---\n';

export const DEFAULT_TEMPLATES: Record<Channel, string> = {
  post: `${HEAD}{{hook: one line that stops the scroll (the feed folds after ~210 characters)}}

{{body: the story or the insight behind {{title}}; short paragraphs, one idea each}}
{{selection}}
{{call to action: a question people can answer from their own experience}}

#{{hashtag}} #{{hashtag}}
`,
  article: `${HEAD}# {{title}}

{{promise}}

## The problem

## What we did

## What you can take from it

## Next step
`,
  whitepaper: `${HEAD}# {{title}}

**For:** {{audience}}
**Promise:** {{promise}}

## Executive summary

## The situation

## The approach
{{selection}}
## Results and evidence

## How to start
`,
  forum: `${HEAD}{{answer the question first, in one or two sentences}}
{{selection}}
**Why:** {{the reasoning, with one concrete example}}

**Watch out for:** {{the trap people fall into}}
`,
  podcast: `${HEAD}# {{title}}: talking points

- Opening story (2 min):
- The problem, in the audience's words ({{audience}}):
- Three points:
  1.
  2.
  3.
- The one thing to remember: {{promise}}
- Where to find more:
`,
  blog: `${HEAD}# {{title}}

{{promise}}
{{selection}}
## Why it matters

## How it works

## Try it
`,
  webinar: `${HEAD}# Webinar: {{title}}

**Promise:** {{promise}}
**For:** {{audience}}

## Agenda (45 minutes)
1. Welcome and the problem (5 min)
2. Live walkthrough (20 min)
3. Pitfalls and how to avoid them (10 min)
4. Q&A (10 min)

## Demo notes
{{selection}}
## Follow-up post
`,
};

/** Fills {{frontMatter}}, {{title}} and friends; unknown {{...}} stay as prompts for the writer. */
export function fillTemplate(template: string, v: TemplateValues): string {
  const frontMatter = `${v.blueprint ? `blueprint: ${v.blueprint}\n` : ''}channel: ${v.channel}\nstatus: draft\n`;
  const values: Record<string, string> = {
    frontMatter,
    blueprint: v.blueprint ?? '',
    title: v.title ?? v.blueprint ?? 'your topic',
    promise: v.promise ?? '',
    audience: v.audience ?? '',
    channel: v.channel,
    date: v.date,
    selection: v.selection ? `\n${v.selection}\n` : '',
  };
  let out = template.replace(
    /\{\{(frontMatter|blueprint|title|promise|audience|channel|date|selection)\}\}/g,
    (_, k: string) => values[k],
  );
  // a template without front matter still gets it: the content view needs channel and status
  if (!/^---\r?\n/.test(out)) {
    out = `---\n${frontMatter}---\n${out}`;
  }
  return out.replace(/\n{3,}/g, '\n\n');
}

/** "Quoting" a selection: code in a fenced block with its language and file name, text as a quote. */
export function quoteSelection(text: string, languageId: string, fileName: string): string {
  const isProse = ['markdown', 'plaintext'].includes(languageId);
  if (isProse) {
    return `${text
      .split(/\r?\n/)
      .map(l => `> ${l}`)
      .join('\n')}\n> — ${fileName}`;
  }
  const fence = text.includes('```') ? '~~~~' : '```';
  return `From \`${fileName}\`:\n\n${fence}${languageId}\n${text.replace(/\s+$/, '')}\n${fence}`;
}

/** `<YYYY-MM-DD>-<blueprintId>-<channel>.md`, or with `-2`, `-3`... when taken. */
export function draftFileName(
  date: string,
  blueprint: string | undefined,
  channel: string,
  taken: (name: string) => boolean,
): string {
  const base = blueprint ? `${date}-${blueprint}-${channel}` : `${date}-${channel}`;
  if (!taken(`${base}.md`)) {
    return `${base}.md`;
  }
  for (let n = 2; ; n++) {
    if (!taken(`${base}-${n}.md`)) {
      return `${base}-${n}.md`;
    }
  }
}
