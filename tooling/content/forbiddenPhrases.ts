// cspell:ignore Fone Mobi ning bretriev
/**
 * Phrases that must never appear on the site. Most come from the errors of the source article that
 * facts.md section 1 lists (the claim number is given for each), or from the errors a full review
 * found on the site (issue 12, items 1, 2, 5 and 10); the rest are placeholders, which the handbook
 * counts as defects.
 */

export interface PhraseRule {
  pattern: RegExp;
  /** Why the phrase is wrong, as a reviewer would say it. */
  reason: string;
  /** Where the rule comes from: a facts.md claim, or the handbook. */
  origin: string;
}

export interface PhraseProblem {
  phrase: string;
  reason: string;
  origin: string;
  /** 1-based line of the match in the checked text. */
  line: number;
}

// Words that, just before a phrase, turn it into a warning or a history note ("formerly called …",
// "don't click …"). The look-behinds below use them.
const formerName = String.raw`(?:formerly|formerly called|formerly named|was called|was named|renamed from|used to be called)`;
const negation = String.raw`(?:not|never|Don't|don't|Do not|do not)`;

export const errorRules: readonly PhraseRule[] = [
  // facts.md §1 claim 6 (and 2, 21, 28, 29, 30): the feature is called iCloud Photos now.
  {
    pattern: new RegExp(String.raw`(?<!${formerName}\s+)\biCloud Photo Library\b`, 'g'),
    reason: 'The feature is called iCloud Photos; "iCloud Photo Library" only as a former name.',
    origin: 'facts.md §1 claim 6',
  },
  // facts.md §1 claim 19: the source's list of recovery apps; we name none of them.
  {
    pattern: /\bDr\.?\s?Fone\b|\bPhoneRescue\b|\bFoneLab\b|\bEaseUS\b|\bMobiSaver\b|\biMyFone\b/gi,
    reason: 'We do not list or recommend recovery apps; describe their limits instead.',
    origin: 'facts.md §1 claim 19',
  },
  // facts.md §1 claim 10: the button is "Restore Backup", not "Restore from iTunes backup".
  {
    pattern: /\bRestore from iTunes backup\b/gi,
    reason: 'No such button: the button is "Restore Backup".',
    origin: 'facts.md §1 claim 10',
  },
  // facts.md §1 claim 10 and §2.1 (T5): "Restore iPhone" erases the phone; it does not restore a backup.
  {
    pattern: new RegExp(
      String.raw`(?<!${negation}\s+)\b(?:click|choose|select|tap|use)\s+(?:\*\*)?"?Restore (?:iPhone|iPad)\b`,
      'gi',
    ),
    reason:
      '"Restore iPhone" erases the phone and reinstalls iOS; the way to restore a backup is "Restore Backup".',
    origin: 'facts.md §1 claim 10, §2.1',
  },
  // facts.md §2.3 and §5: Recently Deleted keeps photos 30 days; no Apple page says 40.
  {
    pattern: /\b(?:40|forty)[ -]days?\b/gi,
    reason: 'Recently Deleted keeps photos for 30 days; no Apple page says 40.',
    origin: 'facts.md §2.3, claim 30',
  },
  // facts.md §1 claim 30: the 30 days are not a default that can be changed.
  {
    pattern: /\b30 days[^.\n]{0,30}\bby default\b/gi,
    reason: 'The 30-day period is not adjustable, so "by default" misleads.',
    origin: 'facts.md §1 claim 30',
  },
  // facts.md §1 claim 21: the iCloud Photos switch is in the Settings app, not the Photos app.
  {
    pattern:
      /\bPhotos app\b[^.\n]{0,60}\bSettings\s*(?:>|›|→)\s*iCloud Photos\b|\bSettings\s*(?:>|›|→)\s*iCloud Photos\b/gi,
    reason:
      'Wrong path: the switch is Settings > [your name] > iCloud > Photos > Sync this iPhone.',
    origin: 'facts.md §1 claim 21',
  },
  // facts.md §1 claim 31: backups reduce the risk; they don't remove it.
  {
    pattern: /\bnever (?:have|need) to worry\b/gi,
    reason:
      'Overpromise: backups can be old, expire after 180 days, and syncing spreads deletions.',
    origin: 'facts.md §1 claim 31',
  },
  // facts.md §1 claim 18: after an erase no tool can read the old data on the phone.
  {
    pattern:
      /\bscan(?:s|ning)?\s+(?:your|the)\s+(?:iPhone|iPad|device|phone)(?:'s)?\s+storage\b|\bretrieve deleted media\b/gi,
    reason: 'After an erase, the old data on the phone cannot be read by any tool.',
    origin: 'facts.md §1 claim 18',
  },
  // facts.md §1 claims 23 and 28: syncing sends photos to the phone; importing copies them to a computer.
  {
    pattern:
      /\bsync(?:s|ing|ed)?\s+(?:your\s+)?(?:photos|images|pictures|camera roll)\s+to\s+(?:your\s+|a\s+|the\s+)?(?:computer|PC|Mac)\b/gi,
    reason:
      'Syncing copies photos from the computer to the phone; to copy them to a computer you import them.',
    origin: 'facts.md §1 claim 23',
  },
  // facts.md §1 claim 4: iCloud Backup does include photos when iCloud Photos is off.
  {
    pattern: /\bphotos and videos (?:are not|aren't|do not get|don't get) included\b/gi,
    reason: 'Wrong: iCloud Backup includes the photos on the phone when iCloud Photos is off.',
    origin: 'facts.md §1 claim 4',
  },
  // facts.md §1 claim 12: Recently Deleted holds deleted items only; it does not re-download a library.
  {
    pattern: /\bretriev(?:e|es|ing) all (?:of )?your photos from iCloud\b/gi,
    reason: 'Recently Deleted only holds photos deleted in the last 30 days.',
    origin: 'facts.md §1 claim 12',
  },
  // facts.md §1 claim 13: "All Photos" is an iOS 17-era view; say "your library".
  {
    pattern: /\bAll Photos (?:album|view)\b/gi,
    reason: 'Say "your library": "All Photos" is not a view in every iOS version we cover.',
    origin: 'facts.md §1 claim 13',
  },
  // Issue 12 item 1 (facts.md §6): a device whose uploads never finished holds originals that never
  // reached iCloud, so "not on iCloud.com" does not mean "not on your other devices".
  {
    pattern:
      /\b(?:isn't|is not|aren't|are not|not) on iCloud\.com\b[^.\n]{0,60}?\b(?:isn't|is not|aren't|are not|not) on (?:them|those|your other devices|any (?:other )?devices?|other devices)\b/gi,
    reason:
      'Wrong in some cases: a device whose uploads never finished (storage full, paused) can hold photos that are not on iCloud.com. Say to look in Photos on every device.',
    origin: 'issue 12 item 1, facts.md §6',
  },
  // Issue 12 item 2 (facts.md §6, 102630): web access can be off, another account can be in use, or
  // uploads never finished, so an empty iCloud.com proves nothing about whether iCloud Photos was on.
  {
    pattern:
      /\b(?:(?:aren't|are not|isn't|is not|not) (?:there|on iCloud\.com)|iCloud\.com (?:is|was|shows?) (?:empty|nothing|no photos))\b(?:(?!n't|\bnot\b|\bprove)[^.\n]){0,40}?\b(?:it|iCloud Photos|sync) (?:was|were) (?:off|never on|not on)\b/gi,
    reason:
      'An empty iCloud.com does not prove iCloud Photos was off: web access may be off, another Apple Account may be in use, or uploads never finished. If iCloud.com shows a Photos library at all, it was on.',
    origin: 'issue 12 item 2, facts.md §6',
  },
  // Issue 12 item 5: photos deleted after the restore are in Recently Deleted for 30 days, with or
  // without iCloud Photos, so the selector asks about deleted photos on both branches.
  {
    pattern:
      /\b(?:nobody|no one|nobody else) is asked about (?:deleted photos|Recently Deleted)\b|\b(?:isn't|is not|aren't|are not|never) asked about (?:deleted photos|Recently Deleted)\b/gi,
    reason:
      'Photos deleted after the restore are in Recently Deleted for 30 days even with iCloud Photos off: the question is asked on both branches.',
    origin: 'issue 12 item 5',
  },
  // Issue 12 item 10: no source says a computer backup is usually newer than the iCloud backup.
  {
    pattern:
      /\b(?:often|usually|mostly|normally) newer than (?:the|your) iCloud backup\b|\b(?:computer|Mac|PC) backups? (?:is|are) (?:often|usually|normally) newer\b/gi,
    reason:
      'Unsupported: nothing says a computer backup is usually newer. Ask the reader to compare dates.',
    origin: 'issue 12 item 10',
  },
];

// The handbook: placeholder text is a defect.
export const placeholderRules: readonly PhraseRule[] = [
  { pattern: /\blorem ipsum\b/gi, reason: 'Placeholder text.', origin: 'HANDBOOK.md rules' },
  { pattern: /\b(?:TODO|TBD|FIXME)\b/g, reason: 'Placeholder text.', origin: 'HANDBOOK.md rules' },
  { pattern: /\bcoming soon\b/gi, reason: 'Placeholder text.', origin: 'HANDBOOK.md rules' },
  { pattern: /\bX{3,}\b/g, reason: 'Placeholder text.', origin: 'HANDBOOK.md rules' },
];

// WCAG 2.4.4 (link purpose): a link's text says where it goes, for screen-reader users who move
// from link to link, and for the search, which indexes it with the page it leads to
// (plugins/search-index/documents.ts, withLinkText). Checked on the MDX source, where links are.
export const vagueLinkRules: readonly PhraseRule[] = [
  {
    pattern:
      /\[\s*(?:the FAQ(?:\s+answer)?|FAQ answer|here|click here|this|this page|this link|more|read more|link)\s*\]\(/gi,
    reason: 'Link text that does not say where it goes: name the answer or page instead.',
    origin: 'WCAG 2.4.4, docs-dev/content.md',
  },
];

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Every match of the rules in text, in order. */
export function findPhrases(text: string, rules: readonly PhraseRule[]): PhraseProblem[] {
  const problems: PhraseProblem[] = [];
  for (const rule of rules) {
    for (const match of text.matchAll(rule.pattern)) {
      problems.push({
        phrase: match[0],
        reason: rule.reason,
        origin: rule.origin,
        line: lineAt(text, match.index ?? 0),
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
