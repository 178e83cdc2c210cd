import readability from 'text-readability';

/** The highest Flesch-Kincaid grade we accept for the prose of a guide (issue 3). */
export const maxGuideGrade = 9;

/**
 * text-readability starts a new sentence only where the next one begins with a capital letter.
 * Many of our sentences begin with an Apple name ("iPhone", "iCloud"), so before measuring we
 * capitalise the first letter of each sentence. This changes where sentences split, nothing else:
 * the syllable count lower-cases every word anyway.
 */
export function capitaliseSentenceStarts(prose: string): string {
  return prose
    .replace(/(^|\n)(\s*)([a-z])/g, (_m, start: string, space: string, letter: string) => {
      return `${start}${space}${letter.toUpperCase()}`;
    })
    .replace(/([.?!]["')\]]*\s+)([a-z])/g, (_m, end: string, letter: string) => {
      return `${end}${letter.toUpperCase()}`;
    });
}

/** The Flesch-Kincaid grade of prose (as returned by proseOf), measured with text-readability. */
export function fleschKincaidGrade(prose: string): number {
  return readability.fleschKincaidGrade(capitaliseSentenceStarts(prose));
}
