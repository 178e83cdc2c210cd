// cspell:ignore couldnt doesnt dont hadnt hasnt havent iphon iphones isnt restor shouldnt theyre wasnt werent wouldnt youre (stems, words without their apostrophe, typos on purpose)
/**
 * How the search reads text, the same way at build time (the index) and in the browser (the query):
 * normalised words, stop words, English stemming. Plain TypeScript, no React or Docusaurus.
 */
import { stemmer } from 'stemmer';

/**
 * Words that say nothing about what a reader is looking for. Whole sentences ("my pictures
 * disappeared after setting up my new iphone") are mostly these; left in, they would match every
 * section. Negations and "on"/"off" are stop words too: the ranking has no notion of phrases, and
 * every page of this site uses them. Words of our subject ("back", "new", "old") are kept; "up" is
 * a stop word once "back up" has become "backup" (see words) and "set up" a reader's phrase.
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been ' +
    'being below between both but by can cant could couldnt did didnt do does doesnt doing dont ' +
    'down during each even ever every few for from further get gets getting got had hadnt has ' +
    'hasnt have havent having he her here hers herself him himself his how i if im in into is ' +
    'isnt it its itself ive just let lets like me mine more most much must my myself need needs no ' +
    'nor not now of off on once only or other our ours ourselves out over own please same she ' +
    'should shouldnt so some somehow such than that thats the their theirs them themselves then ' +
    'there theres these they theyre this those through to too under until up us very via was wasnt ' +
    'we were werent what whats when where which while who whom why will with without wont would ' +
    'wouldnt yet you your youre yours yourself yourselves'
  ).split(' '),
);

/**
 * Lower case, accents and apostrophes folded, so that "Don’t", "don't" and "dont" are one word and
 * "iPhone’s" reads "iphones".
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '');
}

/** "back up", "back-up", "backed up", "backing up": one word, "backup", as our pages write it. */
const backUp = /\bback(?:ed|ing|s)?[\s-]+up\b/g;

/**
 * The words of a text, normalised: runs of letters and digits ("iCloud.com" is "icloud", "com"),
 * with "back up" in any form as "backup".
 */
export function words(text: string): string[] {
  return (
    normalize(text)
      .replace(backUp, 'backup')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Irregular forms the stemmer can't join to their verb ("lost" and "lose", "stolen" and "steal"),
 * for the verbs readers use about their photos and phones. Forms with another common meaning are
 * left out ("left", "gone", "shot", "stuck").
 */
const irregularForms: ReadonlyMap<string, string> = new Map(
  Object.entries({
    break: 'broke broken',
    buy: 'bought',
    choose: 'chose chosen',
    fall: 'fell fallen',
    find: 'found',
    forget: 'forgot forgotten',
    freeze: 'froze frozen',
    give: 'gave given',
    hide: 'hid hidden',
    keep: 'kept',
    lose: 'lost',
    make: 'made',
    send: 'sent',
    steal: 'stole stolen',
    take: 'took taken',
    throw: 'threw thrown',
    write: 'wrote written',
  }).flatMap(([verb, forms]) => forms.split(' ').map((form) => [form, verb] as const)),
);

/**
 * The English stem of a normalised word: "restoring" and "restored" are both "restor", "lost" and
 * "losing" both "lose".
 */
export function stem(word: string): string {
  // The Porter stemmer is for words: leave numbers ("30", "180") and very short words alone.
  if (word.length < 3 || /\d/.test(word)) return word;
  return stemmer(irregularForms.get(word) ?? word);
}

/** The terms a word adds to the index or a query: its stem, or nothing for a stop word. */
export function termOf(word: string): string | null {
  return stopWords.has(word) ? null : stem(word);
}

/** The index and query terms of a text, in order (stop words left out). */
export function termsOf(text: string): string[] {
  return words(text)
    .map(termOf)
    .filter((term): term is string => term !== null);
}

/**
 * Neighbouring terms as one term each ("_sync_iphon" for "Sync this iPhone"), so a section that has
 * the reader's words side by side ranks above one that has them far apart. The leading "_" keeps
 * pairs out of the way of a word typed so far: "photo" as a prefix does not run through every pair
 * that starts with it.
 */
export function pairsOf(terms: string[]): string[] {
  return terms.slice(1).map((term, i) => `_${terms[i]}_${term}`);
}
