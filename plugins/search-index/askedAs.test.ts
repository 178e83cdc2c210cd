import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  askedAsMismatches,
  askedAsYaml,
  splitSourceKey,
  wantedAskedAs,
  withAskedAsBlock,
  type AskedAsSources,
} from './askedAs';
import { readPages } from './index';
import { unknownAskedAsKeys } from './documents';

const source = (text: string) => ({ text, source: 'https://example.org/post' });

describe('wantedAskedAs', () => {
  it('groups the phrasings by page and key, and lists keys whose page or answer is not written', () => {
    const sources: AskedAsSources = {
      '/faq/x#blurry': [source('why blurry'), source('fuzzy pics')],
      '/faq/x#page': [source('faq x')],
      '/faq/new#answer': [source('later')],
    };
    const { bySlug, waiting } = wantedAskedAs(sources, (slug) => slug === '/faq/x');
    expect(Object.fromEntries(bySlug)).toEqual({
      '/faq/x': { blurry: ['why blurry', 'fuzzy pics'], page: ['faq x'] },
    });
    expect(waiting).toEqual(['/faq/new#answer']);
    expect(splitSourceKey('/guides/y')).toEqual({ slug: '/guides/y', key: 'page' });
  });
});

describe('askedAsMismatches', () => {
  it('names phrasings without a source and sourced phrasings missing from the page', () => {
    expect(
      askedAsMismatches('/faq/x', { a: ['one', 'stray'] }, { a: ['one'], b: ['two'] }),
    ).toEqual([
      '/faq/x#a: "stray" has no source in data/asked-as-sources.json',
      '/faq/x#b: "two" is not in the page\'s asked_as',
    ]);
  });
});

describe('withAskedAsBlock', () => {
  const mdx = '---\ntitle: X\nslug: /faq/x\narticle_id: 1\n---\n\nBody\n';

  it('puts a new block right after the slug', () => {
    const block = askedAsYaml({ page: ['my "pics" are gone'] });
    expect(withAskedAsBlock(mdx, block)).toBe(
      '---\ntitle: X\nslug: /faq/x\nasked_as:\n  page:\n    - "my \\"pics\\" are gone"\narticle_id: 1\n---\n\nBody\n',
    );
  });

  it('replaces an existing block where it is, and removes it when there is nothing to write', () => {
    const once = withAskedAsBlock(mdx, askedAsYaml({ page: ['a'] }));
    expect(withAskedAsBlock(once, askedAsYaml({ page: ['b'] }))).toBe(
      withAskedAsBlock(mdx, askedAsYaml({ page: ['b'] })),
    );
    expect(withAskedAsBlock(once, '')).toBe(mdx);
  });
});

// The real files: docs/ front matter and data/asked-as-sources.json agree exactly.
describe('asked_as in docs/', () => {
  const pages = readPages('docs');
  const file = 'data/asked-as-sources.json';

  it('has a source for every phrasing, and every sourced phrasing is on its page', () => {
    const sources = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as AskedAsSources)
      : {};
    const bySlug = new Map(pages.map((page) => [page.slug, page]));
    const { bySlug: wanted, waiting } = wantedAskedAs(sources, (slug, key) => {
      const page = bySlug.get(slug);
      return (
        !!page &&
        (key === 'page' || unknownAskedAsKeys({ ...page, askedAs: { [key]: [] } }).length === 0)
      );
    });
    if (waiting.length > 0)
      console.log(`asked_as waiting for pages or answers not written yet: ${waiting.join(', ')}`);
    const problems = pages.flatMap((page) =>
      askedAsMismatches(page.slug, page.askedAs, wanted.get(page.slug) ?? {}),
    );
    expect(problems).toEqual([]);
  });
});
