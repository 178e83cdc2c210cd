import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFileOf } from './index';

describe('htmlFileOf', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'render-first-'));
  mkdirSync(join(outDir, 'guides'));
  mkdirSync(join(outDir, 'faq'));
  for (const file of ['index.html', '404.html', 'guides.html', 'guides/a.html', 'faq/index.html'])
    writeFileSync(join(outDir, file), '');
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('finds the file a route path was written to, under any base URL', () => {
    expect(htmlFileOf(outDir, '/', '/')).toBe(join(outDir, 'index.html'));
    expect(htmlFileOf(outDir, '/', '/guides')).toBe(join(outDir, 'guides.html'));
    expect(htmlFileOf(outDir, '/', '/guides/a')).toBe(join(outDir, 'guides/a.html'));
    expect(htmlFileOf(outDir, '/', '/faq')).toBe(join(outDir, 'faq/index.html'));
    expect(htmlFileOf(outDir, '/', '/404.html')).toBe(join(outDir, '404.html'));
    expect(htmlFileOf(outDir, '/help/', '/help/guides/a')).toBe(join(outDir, 'guides/a.html'));
    expect(htmlFileOf(outDir, '/help/', '/help/')).toBe(join(outDir, 'index.html'));
  });

  it('returns null for a route that wrote no file', () => {
    expect(htmlFileOf(outDir, '/', '/nowhere')).toBeNull();
  });
});
