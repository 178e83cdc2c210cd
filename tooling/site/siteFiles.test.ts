import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipSize, htmlFileOf, pathOfHtmlFile } from './siteFiles';

describe('htmlFileOf', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'site-files-'));
  mkdirSync(join(outDir, 'guides'));
  mkdirSync(join(outDir, 'faq'));
  for (const file of ['index.html', '404.html', 'guides.html', 'guides/a.html', 'faq/index.html'])
    writeFileSync(join(outDir, file), '');
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('finds the file a route path was written to, with or without the base URL', () => {
    expect(htmlFileOf(outDir, '/')).toBe(join(outDir, 'index.html'));
    expect(htmlFileOf(outDir, '/guides')).toBe(join(outDir, 'guides.html'));
    expect(htmlFileOf(outDir, '/guides/a')).toBe(join(outDir, 'guides/a.html'));
    expect(htmlFileOf(outDir, '/faq/')).toBe(join(outDir, 'faq/index.html'));
    expect(htmlFileOf(outDir, '/faq')).toBe(join(outDir, 'faq/index.html'));
    expect(htmlFileOf(outDir, '/404.html')).toBe(join(outDir, '404.html'));
    expect(htmlFileOf(outDir, '/help/guides/a', '/help/')).toBe(join(outDir, 'guides/a.html'));
    expect(htmlFileOf(outDir, '/help/', '/help/')).toBe(join(outDir, 'index.html'));
    expect(htmlFileOf(outDir, '/help', '/help/')).toBe(join(outDir, 'index.html'));
  });

  it('returns null for a route that wrote no file', () => {
    expect(htmlFileOf(outDir, '/nowhere')).toBeNull();
  });
});

describe('pathOfHtmlFile', () => {
  it('is the reverse: the address a file is served at', () => {
    expect(pathOfHtmlFile('index.html')).toBe('/');
    expect(pathOfHtmlFile('guides.html')).toBe('/guides');
    expect(pathOfHtmlFile('guides/a.html')).toBe('/guides/a');
    expect(pathOfHtmlFile('kb/104/index.html')).toBe('/kb/104');
  });
});

describe('gzipSize', () => {
  it('measures at zlib default level, the same for a string and its bytes', () => {
    const text = 'photos '.repeat(1000);
    expect(gzipSize(text)).toBe(gzipSync(text).length);
    expect(gzipSize(Buffer.from(text))).toBe(gzipSize(text));
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
  });
});
