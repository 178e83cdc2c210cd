import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, startStaticServer } from './static-server';

describe('parseHeadersFile', () => {
  it('reads path patterns and their indented headers', () => {
    const rules = parseHeadersFile(
      '/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: a: b\n/assets/*\n  Cache-Control: immutable\n',
    );
    expect(rules).toHaveLength(2);
    expect(rules[0].pattern.test('/any/page')).toBe(true);
    expect(rules[0].headers).toEqual([
      ['X-Frame-Options', 'DENY'],
      ['Content-Security-Policy', 'a: b'],
    ]);
    expect(rules[1].pattern.test('/assets/js/main.js')).toBe(true);
    expect(rules[1].pattern.test('/guides')).toBe(false);
  });
});

describe('startStaticServer', () => {
  it('serves pages without their .html ending, gzips them, and answers unknown paths with 404.html', async () => {
    const root = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(root, 'guides'));
    writeFileSync(join(root, 'guides', 'one.html'), '<h1>One</h1>');
    writeFileSync(join(root, '404.html'), '<h1>Not here</h1>');
    writeFileSync(join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    const server = await startStaticServer({ root, port: 0, withHeaders: true });
    const { port } = server.address() as AddressInfo;
    try {
      const page = await fetch(`http://127.0.0.1:${port}/guides/one`);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe('<h1>One</h1>');
      expect(page.headers.get('content-encoding')).toBe('gzip');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const missing = await fetch(`http://127.0.0.1:${port}/nope`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('<h1>Not here</h1>');
      const escape = await fetch(`http://127.0.0.1:${port}/..%2f..%2fetc%2fpasswd`);
      expect(escape.status).toBe(404);
    } finally {
      server.close();
    }
  });

  it('serves a file again after it changes (as a deploy replaces it)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'site-'));
    writeFileSync(join(root, 'page.html'), '<h1>Before</h1>');
    const server = await startStaticServer({ root, port: 0 });
    const { port } = server.address() as AddressInfo;
    try {
      expect(await (await fetch(`http://127.0.0.1:${port}/page`)).text()).toBe('<h1>Before</h1>');
      expect(await (await fetch(`http://127.0.0.1:${port}/page`)).text()).toBe('<h1>Before</h1>');
      writeFileSync(join(root, 'page.html'), '<h1>After the deploy</h1>');
      expect(await (await fetch(`http://127.0.0.1:${port}/page`)).text()).toBe(
        '<h1>After the deploy</h1>',
      );
    } finally {
      server.close();
    }
  });

  it('serves extra files by URL path, beside the site', async () => {
    const root = mkdtempSync(join(tmpdir(), 'site-'));
    const extra = join(mkdtempSync(join(tmpdir(), 'extra-')), 'tool.js');
    writeFileSync(extra, 'window.tool = 1;');
    const server = await startStaticServer({ root, port: 0, files: { '/__e2e/tool.js': extra } });
    const { port } = server.address() as AddressInfo;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/__e2e/tool.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('javascript');
      expect(await response.text()).toBe('window.tool = 1;');
    } finally {
      server.close();
    }
  });
});
