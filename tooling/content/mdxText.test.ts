import { describe, expect, it } from 'vitest';
import {
  headings,
  newSourceUrls,
  parseMdx,
  proseOf,
  sections,
  textForChecks,
  wordCount,
} from './mdxText';

const sample = `---
title: A page
last_reviewed: 2026-11-26
---

import SaveFirst from './_partials/_save-first.mdx';

{/* New source: https://support.apple.com/en-us/999999 (confirms the button name) */}

Intro with a [link to a guide](/guides/computer-backup) and **bold words**

## First part {/* #first-part */}

Open <SettingsPath path="Settings > [your name] > iCloud" /> now.

- a list item without a full stop
- another item:

\`\`\`sh
## not a heading in code
npm test
\`\`\`

| Table | cell |
| ----- | ---- |
| skipped | words |

<table><tr><td>html table words</td></tr></table>

### Deeper

:::warning[Save first]

Inside the warning.

:::

## Second part {/* #second */}

Done at https://example.com/page today.
`;

describe('parseMdx', () => {
  it('separates the front matter from the body', () => {
    const page = parseMdx(sample);
    expect(page.data.title).toBe('A page');
    expect(page.frontMatter).toContain('last_reviewed: 2026-11-26');
    expect(page.body).not.toContain('title: A page');
  });
});

describe('headings and sections', () => {
  const { body } = parseMdx(sample);

  it('finds headings with their ids, and ignores "#" lines in code', () => {
    expect(headings(body).map((h) => [h.level, h.text, h.id])).toEqual([
      [2, 'First part', 'first-part'],
      [3, 'Deeper', undefined],
      [2, 'Second part', 'second'],
    ]);
  });

  it('keeps the markdown as written, drops closing #s, and only closes a fence with its own character', () => {
    const text = [
      '## Open **Photos** {/* #open-photos */} ##',
      '````md',
      '```',
      '## Still code {/* #in-code */}',
      '````',
      '~~~',
      '## Code again',
      '~~~',
      '### After the code',
    ].join('\n');
    expect(headings(text)).toEqual([
      {
        level: 2,
        text: 'Open **Photos**',
        id: 'open-photos',
        source: 'Open **Photos** {/* #open-photos */}',
        line: 1,
      },
      { level: 3, text: 'After the code', id: undefined, source: 'After the code', line: 9 },
    ]);
  });

  it('splits the body into ## sections', () => {
    const parts = sections(body);
    expect(parts.map((s) => s.heading.id)).toEqual(['first-part', 'second']);
    expect(parts[0].content).toContain('Inside the warning.');
    expect(parts[0].content).not.toContain('Done at');
  });

  it('finds the URLs recorded as new sources', () => {
    expect(newSourceUrls(body)).toEqual(['https://support.apple.com/en-us/999999']);
  });
});

describe('proseOf', () => {
  const prose = proseOf(parseMdx(sample).body);

  it('keeps what a reader reads, one sentence per block', () => {
    expect(prose.split('\n')).toEqual([
      'Intro with a link to a guide and bold words.',
      'First part.',
      'Open now.',
      'a list item without a full stop.',
      'another item.',
      'Deeper.',
      'Save first.',
      'Inside the warning.',
      'Second part.',
      'Done at today.',
    ]);
  });

  it('drops code, tables, imports, comments, JSX tags and addresses', () => {
    for (const gone of [
      'npm test',
      'skipped',
      'html table',
      'import',
      'New source',
      'SettingsPath',
      'https',
      '**',
    ])
      expect(prose).not.toContain(gone);
  });

  it('counts words', () => {
    expect(wordCount(prose)).toBe(34);
    expect(wordCount('One, two - three!')).toBe(3);
  });
});

describe('textForChecks', () => {
  const text = textForChecks(parseMdx(sample).body);

  it('keeps component attributes that readers see, and drops addresses and code', () => {
    expect(text).toContain('Settings > [your name] > iCloud');
    expect(text).not.toContain('/guides/computer-backup');
    expect(text).not.toContain('example.com');
    expect(text).not.toContain('npm test');
    expect(text).not.toContain('New source');
  });
});
