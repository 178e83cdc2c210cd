import { sourceFor } from '../../src/articles/sourceRegister';

/** The article types of the contract (CONTRACT.md, "Front matter"). */
export const articleTypes = [
  'guide',
  'explainer',
  'checklist',
  'prevention',
  'faq',
  'glossary',
  'overview',
  'selector',
  'selector-logic',
  'agents',
] as const;

export const maxDescriptionLength = 160;

/**
 * Hosts of Apple's and other vendors' help pages: the only places a page's `sources` may point to.
 * Amazon's help lives under /gp/help on its shop host, so that host is allowed for that path only.
 */
const helpHosts = new Set([
  'support.apple.com',
  'manuals.info.apple.com',
  'support.google.com',
  'help.dropbox.com',
  'support.microsoft.com',
]);

export function isHelpUrl(address: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (helpHosts.has(parsed.hostname)) return true;
  return parsed.hostname === 'www.amazon.com' && parsed.pathname.startsWith('/gp/help/');
}

/** True when a description reads as one real sentence, not a label or a fragment. */
export function isRealSentence(text: string): boolean {
  const trimmed = text.trim();
  const startsWell = /^(?:[A-Z0-9]|i(?:Phone|Pad|Cloud|OS|Tunes)\b)/.test(trimmed);
  const endsWell = /[.?!]$/.test(trimmed);
  const words = trimmed.split(/\s+/).filter(Boolean).length;
  return startsWell && endsWell && words >= 6;
}

export interface PageFacts {
  /** Parsed front matter. */
  data: Record<string, unknown>;
  /** The front matter as written (to see dates as typed, before YAML turns them into Dates). */
  frontMatter: string;
  /** URLs recorded on the page with a `New source:` comment. */
  newSources: string[];
  /** Today's date, YYYY-MM-DD, for "not reviewed in the future". */
  today: string;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim());
}

/** Every way a page's front matter falls short of the contract, as readable sentences. */
export function frontMatterProblems({ data, frontMatter, newSources, today }: PageFacts): string[] {
  const problems: string[] = [];

  if (typeof data.title !== 'string' || !data.title.trim()) problems.push('title is missing');

  const description = data.description;
  if (typeof description !== 'string' || !description.trim()) {
    problems.push('description is missing');
  } else {
    if (description.length > maxDescriptionLength)
      problems.push(
        `description is ${description.length} characters (at most ${maxDescriptionLength})`,
      );
    if (!isRealSentence(description))
      problems.push('description is not a sentence (capital letter, six words or more, full stop)');
  }

  if (typeof data.slug !== 'string' || !/^\/[a-z0-9/-]*$/.test(data.slug) || /.\/$/.test(data.slug))
    problems.push('slug must start with "/", use lower-case words and dashes, and not end in "/"');

  if (!Number.isInteger(data.article_id) || (data.article_id as number) <= 0)
    problems.push('article_id must be a positive whole number');

  if (!articleTypes.includes(data.article_type as (typeof articleTypes)[number]))
    problems.push(`article_type must be one of: ${articleTypes.join(', ')}`);

  const reviewed = /^last_reviewed:\s*['"]?(\d{4}-\d{2}-\d{2})['"]?\s*$/m.exec(frontMatter)?.[1];
  if (!reviewed || Number.isNaN(Date.parse(`${reviewed}T00:00:00Z`))) {
    problems.push('last_reviewed must be an ISO date (YYYY-MM-DD)');
  } else if (reviewed > today) {
    problems.push(`last_reviewed ${reviewed} is in the future`);
  }

  if (!isStringList(data.applies_to) || data.applies_to.length === 0)
    problems.push('applies_to must list the iOS versions the page covers');

  if (!isStringList(data.sources) || data.sources.length === 0) {
    problems.push('sources must list at least one help page');
  } else {
    for (const source of data.sources) {
      if (!isHelpUrl(source)) problems.push(`source ${source} is not an Apple or vendor help page`);
      else if (!sourceFor(source) && !newSources.includes(source))
        problems.push(
          `source ${source} is neither in the register nor recorded in a "New source:" comment`,
        );
    }
  }

  return problems;
}
