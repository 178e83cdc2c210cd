import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize } from '../tooling/site/siteFiles';
import { gzipSizeOfPaths, kb, searchIndexFiles, searchIndexGzipSize } from './search-budget';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'budget-'));
  mkdirSync(join(root, 'assets'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
  return root;
}

describe('search budgets', () => {
  it('finds the hashed index files and adds up their gzip sizes', () => {
    const root = site({
      'assets/search-index-1a2b3c4d5e.json': '[{"documents":[]}]',
      'assets/search-index-old.json': '[]',
      'index.html': '<h1>Home</h1>',
    });
    expect(searchIndexFiles(root)).toEqual([join(root, 'assets/search-index-1a2b3c4d5e.json')]);
    expect(searchIndexGzipSize(root)).toBe(gzipSize('[{"documents":[]}]'));
  });

  it('fails loudly when a build has no index, instead of reporting zero', () => {
    expect(() => searchIndexGzipSize(site({ 'index.html': '' }))).toThrow(
      /No assets\/search-index/,
    );
  });

  it('counts a file requested twice once', () => {
    const root = site({ 'a.js': 'let a = 1;', 'b.js': 'let b = 2;' });
    expect(gzipSizeOfPaths(root, ['/a.js', '/b.js', '/a.js'])).toBe(
      gzipSize('let a = 1;') + gzipSize('let b = 2;'),
    );
  });

  it('prints kilobytes with one decimal', () => {
    expect(kb(25_000)).toBe('25.0 kB');
  });
});
