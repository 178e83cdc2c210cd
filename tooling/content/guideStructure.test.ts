import { describe, expect, it } from 'vitest';
import { guideProblems, headingProblems } from './guideStructure';

const goodGuide = `
Intro.

## Do this first {/* #do-this-first */}
1. Don't erase your iPhone.
2. Keep it on Wi-Fi.

## When this works {/* #when-this-works */}
Text.
## When it won't {/* #when-it-wont */}
Text.
## Before you start {/* #before-you-start */}

<SaveFirst />

## Steps {/* #steps */}
### On a Mac {/* #on-a-mac */}
1. Open Finder.
2. Click it.
## Check that it worked {/* #check-it-worked */}
Look.
## A note {/* #a-note */}
Extra sections are fine.
## If this didn't work {/* #if-this-didnt-work */}
Try [the next guide](/guides/photo-services).
`;

describe('guide structure', () => {
  it('accepts a guide with "Do this first" and the six sections in order', () => {
    expect(guideProblems(goodGuide)).toEqual([]);
  });

  it('reports a missing section', () => {
    const broken = goodGuide.replace("## When it won't {/* #when-it-wont */}\n", '');
    expect(guideProblems(broken)).toEqual([
      `missing the section "## When it won't {/* #when-it-wont */}"`,
    ]);
  });

  it('reports sections out of order', () => {
    const swapped = goodGuide
      .replace(
        '## When this works {/* #when-this-works */}',
        '## Check that it worked {/* #check-it-worked */}',
      )
      .replace(
        '## Check that it worked {/* #check-it-worked */}\nLook.',
        '## When this works {/* #when-this-works */}\nLook.',
      );
    expect(guideProblems(swapped).join('\n')).toMatch(/out of order/);
  });

  it('requires "Do this first" as the first section', () => {
    const missing = goodGuide.replace(
      "## Do this first {/* #do-this-first */}\n1. Don't erase your iPhone.\n2. Keep it on Wi-Fi.\n",
      '',
    );
    expect(guideProblems(missing)).toEqual([
      'the first section must be "## Do this first {/* #do-this-first */}", not "When this works"',
      'missing the section "## Do this first {/* #do-this-first */}"',
    ]);
    // Further down the page is not first: the first screen of a guide must be something to do.
    const moved = missing.replace(
      '## Steps {/* #steps */}',
      "## Do this first {/* #do-this-first */}\n1. Don't erase your iPhone.\n\n## Steps {/* #steps */}",
    );
    expect(guideProblems(moved).join('\n')).toMatch(/first section must be "## Do this first/);
    expect(guideProblems(moved).join('\n')).toMatch(/out of order/);
  });

  it('requires one to three actions in "Do this first"', () => {
    const none = goodGuide.replace("1. Don't erase your iPhone.\n2. Keep it on Wi-Fi.", 'Read on.');
    expect(guideProblems(none)).toEqual([
      '"Do this first" must list one to 3 actions (it lists 0)',
    ]);
    const four = goodGuide.replace(
      '2. Keep it on Wi-Fi.',
      '2. Keep it on Wi-Fi.\n3. Charge it.\n4. Wait.\n   - A nested note does not count.',
    );
    expect(guideProblems(four)).toEqual([
      '"Do this first" must list one to 3 actions (it lists 4)',
    ]);
    const bullets = goodGuide.replace(
      "1. Don't erase your iPhone.\n2. Keep it on Wi-Fi.",
      "- Don't erase your iPhone.",
    );
    expect(guideProblems(bullets)).toEqual([]);
  });

  it('reports a renamed heading', () => {
    expect(guideProblems(goodGuide.replace('## Steps {', '## What to do {')).join()).toMatch(
      /titled "Steps"/,
    );
  });

  it('requires <SaveFirst /> first, a numbered list in Steps and a link at the end', () => {
    const broken = goodGuide
      .replace('<SaveFirst />', 'Save your photos.')
      .replace('1. Open Finder.\n2. Click it.', '- Open Finder.')
      .replace('Try [the next guide](/guides/photo-services).', 'Try another guide.');
    expect(guideProblems(broken)).toEqual([
      '"Before you start" must begin with <SaveFirst />',
      '"Steps" has no numbered list',
      '"If this didn\'t work" links to no other guide',
    ]);
  });
});

describe('heading ids', () => {
  it('accepts headings that all have unique ids', () => {
    expect(headingProblems(goodGuide)).toEqual([]);
  });

  it('reports a heading without an id, a badly formed id and a repeated id', () => {
    const body = '## One {/* #one */}\n### Two\n## Three {/* #Three_3 */}\n## Four {/* #one */}\n';
    expect(headingProblems(body)).toEqual([
      'line 2: "Two" has no {/* #id */}',
      'line 3: id "Three_3" is not lower-case words joined by dashes',
      'line 4: id "one" is used twice',
    ]);
  });
});
