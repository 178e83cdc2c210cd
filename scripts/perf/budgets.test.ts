import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTypesBySlug, jsBudgetFor, pageType, parseBudgets } from './budgets';

const valid = {
  firstLoadJsGzipBytes: { home: 1, guide: 2, default: 3 },
  firstLoadCssGzipBytes: 4,
  selectorExtraJsGzipBytes: 5,
  maxImageBytes: 6,
  selectorMarker: 'data-recovery-selector',
  searchIndexGzipBytes: 7,
  searchCodeGzipBytes: 8,
  searchCodeMarker: 'search-query',
};

describe('parseBudgets', () => {
  it('reads the committed budgets.json', () => {
    const budgets = parseBudgets(readFileSync('budgets.json', 'utf8'));
    expect(budgets.firstLoadJsGzipBytes.guide).toBeGreaterThan(0);
    expect(budgets.selectorMarker).toBe('data-recovery-selector');
  });

  it('rejects a file without a default budget, with a bad number or without a marker', () => {
    const bad = (patch: object) => JSON.stringify({ ...valid, ...patch });
    expect(() => parseBudgets(bad({ firstLoadJsGzipBytes: { guide: 1 } }))).toThrow(/default/);
    expect(() => parseBudgets(bad({ maxImageBytes: '200 kB' }))).toThrow(/positive number/);
    expect(() => parseBudgets(bad({ selectorExtraJsGzipBytes: undefined }))).toThrow(
      /positive number/,
    );
    expect(() => parseBudgets(bad({ selectorMarker: '' }))).toThrow(/selectorMarker/);
    expect(() => parseBudgets(bad({ searchCodeMarker: '' }))).toThrow(/searchCodeMarker/);
  });
});

describe('jsBudgetFor', () => {
  it('uses the budget of the page type, or the default', () => {
    const budgets = parseBudgets(JSON.stringify(valid));
    expect(jsBudgetFor(budgets, 'guide')).toBe(2);
    expect(jsBudgetFor(budgets, 'glossary')).toBe(3);
  });
});

describe('articleTypesBySlug', () => {
  it('maps each page slug to its article_type and skips partials', () => {
    const docs = mkdtempSync(join(tmpdir(), 'docs-'));
    mkdirSync(join(docs, 'guides'));
    mkdirSync(join(docs, '_partials'));
    writeFileSync(
      join(docs, 'guides', 'computer-backup.mdx'),
      '---\nslug: /guides/computer-backup\narticle_type: guide\n---\n# x\n',
    );
    writeFileSync(join(docs, 'faq.md'), '---\nslug: /faq\narticle_type: overview\n---\n');
    writeFileSync(
      join(docs, '_partials', '_a.mdx'),
      '---\nslug: /nope\narticle_type: guide\n---\n',
    );
    writeFileSync(join(docs, 'notes.mdx'), '# No front matter\n');
    expect(Object.fromEntries(articleTypesBySlug(docs))).toEqual({
      '/guides/computer-backup': 'guide',
      '/faq': 'overview',
    });
  });
});

describe('pageType', () => {
  const types = new Map([
    ['/guides/computer-backup', 'guide'],
    ['/why-photos-are-missing', 'explainer'],
  ]);
  const marker = 'data-recovery-selector';

  it('is "selector" for any page that shows the selector, whatever its front matter says', () => {
    expect(
      pageType('/why-photos-are-missing', '<div data-recovery-selector="">', types, marker),
    ).toBe('selector');
    expect(pageType('/which-option/result/x', '<div data-recovery-selector>', types, marker)).toBe(
      'selector',
    );
  });

  it('is "home" for the home page, the front matter type for docs, else "default"', () => {
    expect(pageType('/', '<main>', types, marker)).toBe('home');
    expect(pageType('/guides/computer-backup', '<main>', types, marker)).toBe('guide');
    expect(pageType('/search', '<main>', types, marker)).toBe('default');
  });
});
