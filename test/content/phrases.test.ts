import { describe, expect, it } from 'vitest';
import { appleNameProblems } from '../../tooling/content/appleNames';
import { loadDocsPages, loadPartials } from '../../tooling/content/docsPages';
import {
  errorRules,
  findPhrases,
  placeholderRules,
  vagueLinkRules,
} from '../../tooling/content/forbiddenPhrases';
import { textForChecks } from '../../tooling/content/mdxText';

const pages = loadDocsPages();
// Partials are not pages, but readers see their text on every page that includes them.
const partials = loadPartials();

/** What readers see of a page: its title and description, and the checkable text of its body. */
function readerText(page: { data: Record<string, unknown>; body: string }): string {
  return [page.data.title, page.data.description, textForChecks(page.body)].join('\n');
}

const all = [
  ...pages.map((page) => [page.file, readerText(page), page.source] as const),
  ...partials.map((page) => [page.file, textForChecks(page.source), page.source] as const),
];

describe('words that must never appear', () => {
  it.each(all)('%s repeats none of the errors in facts.md section 1', (_file, text) => {
    expect(findPhrases(text, errorRules)).toEqual([]);
  });

  it.each(all)('%s has no placeholder text (comments included)', (_file, _text, source) => {
    expect(findPhrases(source, placeholderRules)).toEqual([]);
  });

  it.each(all)('%s has link texts that say where they go', (_file, _text, source) => {
    expect(findPhrases(source, vagueLinkRules)).toEqual([]);
  });

  it.each(all)('%s writes Apple product names as Apple does', (_file, text) => {
    expect(appleNameProblems(text)).toEqual([]);
  });
});
