import { describe, expect, it } from 'vitest';
import {
  askedQuestion,
  faqAnswers,
  faqPageProblems,
  firstSentence,
  isHowLongQuestion,
  isYesNoQuestion,
} from './faqAnswers';

describe('what a question asks', () => {
  it('takes the last question of a heading', () => {
    expect(askedQuestion('I might be signed in with another account. Does that matter?')).toBe(
      'Does that matter?',
    );
    expect(askedQuestion('I forgot the password of my encrypted backup.')).toBe(
      'I forgot the password of my encrypted backup.',
    );
  });

  it('tells yes/no and "how long" questions from the others', () => {
    expect(isYesNoQuestion('Can I restore just my photos?')).toBe(true);
    expect(isYesNoQuestion('My storage was full. Are my photos still backing up?')).toBe(true);
    expect(isYesNoQuestion('Why are my photos blurry?')).toBe(false);
    expect(isYesNoQuestion('Where else could my photos be?')).toBe(false);
    expect(isYesNoQuestion('I forgot my backup password.')).toBe(false);
    expect(isYesNoQuestion('Does Data Recovery on iCloud.com bring back photos?')).toBe(true);
    expect(isYesNoQuestion('If I delete photos to free up space, are they deleted too?')).toBe(
      true,
    );
    expect(isYesNoQuestion('When it is full, what happens?')).toBe(false);
    expect(isHowLongQuestion('How long does it take for my photos to come back?')).toBe(true);
    expect(isHowLongQuestion('How do I get them back?')).toBe(false);
  });

  it('ends a first sentence at a stop before a space, not inside "iCloud.com"', () => {
    expect(firstSentence('Sign in at iCloud.com on a computer. Then look.')).toBe(
      'Sign in at iCloud.com on a computer.',
    );
    expect(firstSentence('No: it stops.')).toBe('No:');
  });
});

const page = (heading: string, answer: string) =>
  `Intro.\n\n## ${heading} {/* #an-answer */}\n\n${answer}\n\nMore: [a guide](/guides/old-iphone)\n`;

describe('FAQ answers start with the answer', () => {
  it('accepts direct answers', () => {
    expect(
      faqPageProblems(page('Can I restore only my photos?', 'No. Apple restores a whole backup.')),
    ).toEqual([]);
    expect(
      faqPageProblems(
        page('Is my backup useful?', 'Yes, if it was made after the photos were taken.'),
      ),
    ).toEqual([]);
    expect(
      faqPageProblems(
        page(
          'How long does it take?',
          'A few minutes for a small library, and hours or longer for a large one.',
        ),
      ),
    ).toEqual([]);
    expect(
      faqPageProblems(page('Why are my photos blurry?', 'That is **Optimize iPhone Storage**.')),
    ).toEqual([]);
  });

  it('reads the answer as a reader sees it: links, bold and menu paths as words', () => {
    const answers = faqAnswers(
      page(
        'Where is the switch?',
        'In <SettingsPath path="Settings > [your name] > iCloud > Photos" />, see [the guide](/guides/icloud-photos-sync).',
      ),
    );
    expect(answers).toEqual([
      {
        id: 'an-answer',
        question: 'Where is the switch?',
        firstSentence: 'In Settings > [your name] > iCloud > Photos, see the guide.',
      },
    ]);
  });

  it('reports a yes/no question not answered yes or no', () => {
    // The old answer to "Should I use iCloud Photos?".
    expect(
      faqPageProblems(
        page('Should I use iCloud Photos?', "It's a good start: it keeps your library."),
      ),
    ).toEqual([
      `#an-answer ("Should I use iCloud Photos?") is a yes/no question: start with "Yes" or "No", not "It's a good start:"`,
    ]);
    expect(
      faqPageProblems(page('Are my photos still backing up?', 'Probably not. Storage is full.')),
    ).toHaveLength(1);
  });

  it('reports a "how long" answer without a range', () => {
    // The old answer to "How long does it take for my photos to come back?".
    expect(
      faqPageProblems(
        page(
          'How long does it take for my photos to come back?',
          'It depends on how many photos you have and on your connection.',
        ),
      ),
    ).toEqual([
      '#an-answer ("How long does it take for my photos to come back?") asks how long: give a rough range first, not "It depends on how many photos you have and on your connection."',
      '#an-answer ("How long does it take for my photos to come back?") opens with filler: "It depends on how many photos you have and on your connection."',
    ]);
  });

  it('reports filler, a long first sentence and an empty answer', () => {
    expect(
      faqPageProblems(page('Where are my photos?', "Don't worry, they may be in iCloud.")),
    ).toEqual([
      `#an-answer ("Where are my photos?") opens with filler: "Don't worry, they may be in iCloud."`,
    ]);
    const long = `They are ${'in one more place '.repeat(10)}today.`;
    expect(faqPageProblems(page('Where are my photos?', long))).toEqual([
      expect.stringMatching(/the first sentence has 4\d words \(at most 40\)/),
    ]);
    expect(faqPageProblems('## Where are my photos? {/* #empty */}\n\n')).toEqual([
      '#empty ("Where are my photos?") has no answer',
    ]);
  });
});
