import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocsPages, loadPartials, slugForFile } from './docsPages';

describe('docs pages', () => {
  it('loads pages in sub-folders and leaves partials out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-'));
    mkdirSync(join(dir, 'guides'));
    mkdirSync(join(dir, '_partials'));
    writeFileSync(join(dir, 'start.mdx'), '---\ntitle: Start\n---\nHello.\n');
    writeFileSync(join(dir, 'guides', 'one.md'), '# One\n');
    writeFileSync(join(dir, '_partials', '_save.mdx'), 'Save first.\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a page');
    const pages = loadDocsPages(dir);
    expect(pages.map((p) => p.file)).toEqual(['guides/one.md', 'start.mdx']);
    expect(pages[1].data.title).toBe('Start');
    expect(pages[1].body.trim()).toBe('Hello.');
    expect(loadPartials(dir).map((p) => p.file)).toEqual(['_partials/_save.mdx']);
  });

  it('maps a file to the slug that mirrors it', () => {
    expect(slugForFile('why-photos-are-missing.mdx')).toBe('/why-photos-are-missing');
    expect(slugForFile('guides/index.mdx')).toBe('/guides');
    expect(slugForFile('guides/computer-backup.mdx')).toBe('/guides/computer-backup');
    expect(slugForFile('faq/index.md')).toBe('/faq');
  });
});
