/**
 * The content checks on front matter: the article schema (./articleSchema.ts) first, then the
 * editorial rules a schema cannot express: a description that reads as a sentence, sources that are
 * Apple or vendor help pages in the source register, and a review date that is not in the future.
 */
import { sourceFor } from '../../src/articles/sourceRegister';
import { parseFrontMatter } from './articleSchema';

/** Hosts of Apple's and other vendors' help pages: the only places a page's `sources` may point to. */
const helpHosts = new Set([
  'support.apple.com',
  'manuals.info.apple.com',
  'support.google.com',
  'help.dropbox.com',
  'support.microsoft.com',
]);

/**
 * Shop hosts whose help lives under one path only: Amazon's help under /gp/help, and Apple's own
 * terms (its repair terms, for example) under /legal, with or without a country ("/uk/legal/").
 */
const helpPathsOnShopHosts = new Map<string, RegExp>([
  ['www.amazon.com', /^\/gp\/help\//],
  ['www.apple.com', /^\/(?:[a-z]{2}\/)?legal\//],
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
  return helpPathsOnShopHosts.get(parsed.hostname)?.test(parsed.pathname) ?? false;
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
  /** Parsed front matter (YAML dates arrive as Date objects). */
  data: Record<string, unknown>;
  /** URLs recorded on the page with a `New source:` comment. */
  newSources: string[];
  /** Today's date, YYYY-MM-DD, for "not reviewed in the future". */
  today: string;
}

/** Every way a page's front matter falls short, as readable sentences. */
export function frontMatterProblems({ data, newSources, today }: PageFacts): string[] {
  const { frontMatter, problems } = parseFrontMatter(data);
  if (!frontMatter) return problems;
  const editorial: string[] = [];
  if (!isRealSentence(frontMatter.description))
    editorial.push('description is not a sentence (capital letter, six words or more, full stop)');
  if (frontMatter.last_reviewed > today)
    editorial.push(`last_reviewed ${frontMatter.last_reviewed} is in the future`);
  for (const source of frontMatter.sources) {
    if (!isHelpUrl(source)) editorial.push(`source ${source} is not an Apple or vendor help page`);
    else if (!sourceFor(source) && !newSources.includes(source))
      editorial.push(
        `source ${source} is neither in the register nor recorded in a "New source:" comment`,
      );
  }
  return editorial;
}
