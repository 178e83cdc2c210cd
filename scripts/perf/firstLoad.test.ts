import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize } from '../../tooling/site/siteFiles';
import { assetFilePath, assetsInHtml, classifyUrls, measureFirstLoad } from './firstLoad';

// The head of a page as Docusaurus writes it after swc's HTML minifier: unquoted attributes, " />" ends.
const minifiedHead =
  '<head><link data-rh=true rel=icon href=/img/favicon.svg />' +
  '<script data-rh=true type=application/ld+json>{"@type":"BreadcrumbList"}</script>' +
  '<link rel=stylesheet href=/assets/css/styles.4d24012d.css />' +
  '<script src=/assets/js/runtime~main.1c84680e.js defer></script>' +
  '<script src=/assets/js/main.d1db0c04.js defer></script>' +
  '<link rel=preload as=image href=/img/logo.svg /></head>' +
  '<body><script>document.documentElement.dataset.x="1"</script></body>';

describe('assetsInHtml', () => {
  it('finds external scripts and stylesheets, not inline scripts, icons or image preloads', () => {
    expect(assetsInHtml(minifiedHead)).toEqual({
      scripts: ['/assets/js/runtime~main.1c84680e.js', '/assets/js/main.d1db0c04.js'],
      stylesheets: ['/assets/css/styles.4d24012d.css'],
    });
  });

  it('counts module preloads and script or style preloads, once each', () => {
    const html =
      '<link rel="modulepreload" href="/m.js"><link rel="preload" as="script" href="/p.js">' +
      '<link rel="preload" as="style" href="/s.css"><script type="module" src="/m.js"></script>';
    expect(assetsInHtml(html)).toEqual({ scripts: ['/m.js', '/p.js'], stylesheets: ['/s.css'] });
  });
});

describe('assetFilePath', () => {
  it('maps absolute URLs and paths under a baseUrl to files in build/', () => {
    expect(assetFilePath('http://127.0.0.1:4000/assets/js/main.js')).toBe('assets/js/main.js');
    expect(assetFilePath('/docs-site/assets/js/a%7Eb.js', '/docs-site/')).toBe('assets/js/a~b.js');
    expect(assetFilePath('/assets/css/s.css?v=1')).toBe('assets/css/s.css');
  });
});

describe('classifyUrls', () => {
  it('splits fetched URLs into scripts and stylesheets and ignores the rest', () => {
    expect(
      classifyUrls(['http://h/a.js', 'http://h/b.css', 'http://h/img/logo.svg', 'http://h/c.js?x']),
    ).toEqual({ scripts: ['http://h/a.js', 'http://h/c.js?x'], stylesheets: ['http://h/b.css'] });
  });
});

describe('measureFirstLoad', () => {
  it('sizes what the HTML names plus what the runtime fetched, each file once', () => {
    const build = mkdtempSync(join(tmpdir(), 'first-load-'));
    mkdirSync(join(build, 'assets/js'), { recursive: true });
    mkdirSync(join(build, 'assets/css'), { recursive: true });
    const files: Record<string, string> = {
      'assets/js/runtime~main.1c84680e.js': 'var runtime=1;'.repeat(50),
      'assets/js/main.d1db0c04.js': 'var main=2;'.repeat(500),
      'assets/js/common.js': 'var common=3;'.repeat(100),
      'assets/css/styles.4d24012d.css': '.a{color:red}'.repeat(100),
    };
    for (const [path, content] of Object.entries(files)) writeFileSync(join(build, path), content);

    const result = measureFirstLoad(build, minifiedHead, [
      'http://127.0.0.1:9/assets/js/main.d1db0c04.js',
      'http://127.0.0.1:9/assets/js/common.js',
      'http://127.0.0.1:9/img/logo.svg',
    ]);

    expect(result.scripts.map((s) => s.path)).toEqual([
      'assets/js/runtime~main.1c84680e.js',
      'assets/js/main.d1db0c04.js',
      'assets/js/common.js',
    ]);
    expect(result.stylesheets.map((s) => s.path)).toEqual(['assets/css/styles.4d24012d.css']);
    const main = result.scripts[1];
    expect(main.bytes).toBe(files['assets/js/main.d1db0c04.js'].length);
    expect(result.jsGzip).toBe(result.scripts.reduce((sum, s) => sum + s.gzipBytes, 0));
    expect(result.cssGzip).toBe(gzipSize(files['assets/css/styles.4d24012d.css']));
  });
});
