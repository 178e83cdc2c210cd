import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleIndex } from '../plugins/article-links/articleIndex';
import {
  appendToLedger,
  checkLedger,
  ledgerHeader,
  parseLedger,
  parseRedirectsFile,
  publishedUrls,
  readBuiltSite,
} from './ledger';

/** A built page as Docusaurus minifies it: unquoted ids, the theme's "#" links. */
const page = (title: string, ids: string[] = []) =>
  `<!doctype html><html><body><h1>${title}</h1>${ids
    .map((id) => `<h2 class=anchor id=${id}>${id}<a href=#${id} class=hash-link>\u200b</a></h2>`)
    .join('')}</body></html>`;

/** A redirect page in @docusaurus/plugin-client-redirects' format. */
const redirectPage = (to: string) =>
  `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="refresh" content="0; url=${to}"><link rel="canonical" href="${to}" /></head><script>window.location.href = '${to}' + window.location.search + window.location.hash;</script></html>`;

/** Writes a tiny built site: { "guides/a.html": "<html>..." }, plus _redirects lines. */
function fixtureSite(files: Record<string, string>, redirects: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'built-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  writeFileSync(join(dir, '_redirects'), `# generated\n${redirects.join('\n')}\n`);
  return dir;
}

/** The healthy site every test starts from: a home page, one FAQ page with a short link. */
function healthySite(extra: Record<string, string> = {}, extraRedirects: string[] = []) {
  return fixtureSite(
    {
      'index.html': page('Home'),
      '404.html': page('Not found'),
      'faq.html': page('FAQ', ['blurry', 'how-long']),
      'kb/121/index.html': redirectPage('/faq'),
      'articles.json': '{}',
      'assets/js/main.js': '',
      ...extra,
    },
    ['/kb/121 /faq 301', ...extraRedirects],
  );
}

const index: ArticleIndex = {
  format: 'photo-recovery-guide/articles',
  version: 1,
  site: { title: 'Site', url: 'https://photos.example.org/' },
  articles: [
    {
      id: 121,
      title: 'FAQ',
      description: 'x',
      type: 'faq',
      url: 'https://photos.example.org/faq',
      shortUrl: 'https://photos.example.org/kb/121',
      lastReviewed: '2026-11-26',
      keywords: [],
      answers: [
        { question: 'Blurry?', anchor: 'blurry', url: 'https://photos.example.org/faq#blurry' },
        {
          question: 'How long?',
          anchor: 'how-long',
          url: 'https://photos.example.org/faq#how-long',
        },
      ],
      sections: [],
    },
  ],
  selectorResults: [],
};

const fullLedger = ['/', '/faq', '/faq#blurry', '/faq#how-long', '/kb/121', '/articles.json'];

function check(dir: string, ledger = fullLedger) {
  const site = readBuiltSite(dir, '/');
  return checkLedger(ledger, site, publishedUrls(site, index));
}

describe('reading a built site', () => {
  it('separates public pages, redirect pages and other files, leaving out 404 and host files', () => {
    const site = readBuiltSite(healthySite(), '/');
    expect([...site.pages.keys()].sort()).toEqual(['/', '/faq']);
    expect([...site.clientRedirects]).toEqual([['/kb/121', '/faq']]);
    expect([...site.serverRedirects]).toEqual([['/kb/121', '/faq']]);
    expect([...site.files].sort()).toEqual(['/articles.json', '/assets/js/main.js']);
  });

  it('reads _redirects rules, ignoring comments and rewrites, under a base URL', () => {
    const rules = parseRedirectsFile(
      '# c\n/help/kb/1 /help/a 301\n/help/old /help/a#x 301!\n/help/* /help/index.html 200\n',
      '/help/',
    );
    expect([...rules]).toEqual([
      ['/kb/1', '/a'],
      ['/old', '/a#x'],
    ]);
  });

  it('lists what the build publishes: pages with their anchors, short links, articles.json', () => {
    const site = readBuiltSite(healthySite(), '/');
    expect(publishedUrls(site, index)).toEqual(fullLedger);
  });
});

describe('checkLedger', () => {
  it('passes when every listed URL resolves and every published URL is listed', () => {
    expect(check(healthySite())).toEqual([]);
  });

  it('follows a short link and keeps the anchor the reader asked for', () => {
    expect(check(healthySite(), [...fullLedger, '/kb/121#blurry'])).toEqual([]);
    expect(check(healthySite(), [...fullLedger, '/kb/121#gone'])).toEqual([
      '/kb/121#gone: redirects to /faq, but /faq has no element with id "gone"',
    ]);
  });

  it('reports a page whose anchors disappeared', () => {
    expect(check(healthySite({ 'faq.html': page('FAQ', ['how-long']) }))).toEqual([
      '/faq#blurry: no longer resolves: /faq has no element with id "blurry"',
    ]);
  });

  it('reports a renamed page: its old URL, its anchors, its short link and the unlisted new URL', () => {
    const renamed = fixtureSite(
      {
        'index.html': page('Home'),
        'faq-renamed.html': page('FAQ', ['blurry', 'how-long']),
        'kb/121/index.html': redirectPage('/faq'),
        'articles.json': '{}',
      },
      ['/kb/121 /faq 301'],
    );
    expect(check(renamed)).toEqual([
      '/faq: no longer resolves: /faq does not exist',
      '/faq#blurry: no longer resolves: /faq does not exist',
      '/faq#how-long: no longer resolves: /faq does not exist',
      '/kb/121: redirects to /faq, but /faq does not exist',
      '/kb/121: redirects to /faq, but /faq does not exist',
      '/faq-renamed: published by the build but not in ledger/published-urls.txt; run npm run ledger:update',
    ]);
  });

  it('accepts a moved page once both redirects lead to its new address', () => {
    const moved = fixtureSite(
      {
        'index.html': page('Home'),
        'faq-renamed.html': page('FAQ', ['blurry', 'how-long']),
        'faq/index.html': redirectPage('/faq-renamed'),
        'kb/121/index.html': redirectPage('/faq-renamed'),
        'articles.json': '{}',
      },
      ['/kb/121 /faq-renamed 301', '/faq /faq-renamed 301'],
    );
    expect(check(moved, [...fullLedger, '/faq-renamed'])).toEqual([]);
  });

  it('reports chains and loops, wherever they are', () => {
    const dir = healthySite(
      {
        'old/index.html': redirectPage('/older'),
        'older/index.html': redirectPage('/faq'),
        'a/index.html': redirectPage('/b'),
        'b/index.html': redirectPage('/a'),
      },
      ['/old /older 301', '/older /faq 301', '/a /b 301', '/b /a 301'],
    );
    expect(check(dir, [...fullLedger, '/old#blurry'])).toEqual([
      '/old#blurry: redirects to /older, which redirects again (a chain)',
      '/a: redirect loop /a -> /b -> /a',
      '/b: redirect loop /b -> /a -> /b',
      '/old: redirect chain /old -> /older -> /faq',
    ]);
  });

  it('reports redirects the two mechanisms disagree on, or that only one of them has', () => {
    const dir = healthySite(
      {
        'x/index.html': redirectPage('/faq'),
        'y/index.html': redirectPage('/faq'),
        'z/index.html': redirectPage('/faq'),
      },
      ['/y / 301', '/z /faq 302', '/w /faq 301'],
    );
    expect(check(dir)).toEqual([
      '/w: has a _redirects rule but no client-side redirect page; both come from one list',
      '/x: has a client-side redirect page but no _redirects rule; both come from one list',
      '/y: _redirects sends it to /, the redirect page to /faq',
    ]);
  });

  it('reports a redirect from the address of a live page', () => {
    const dir = healthySite({}, ['/faq / 301']);
    // Cloudflare Pages would redirect /faq, Netlify would serve the page: both are reported.
    expect(check(dir)).toEqual([
      '/faq#blurry: redirects to /, but / has no element with id "blurry"',
      '/faq#how-long: redirects to /, but / has no element with id "how-long"',
      '/kb/121: redirects to /faq, which redirects again (a chain)',
      '/faq: has a _redirects rule but no client-side redirect page; both come from one list',
      '/faq: is both a page and a redirect',
      '/kb/121: redirect chain /kb/121 -> /faq -> /',
    ]);
  });
});

describe('a site under a base URL', () => {
  it('checks the same site-relative ledger when the site lives under /help/', () => {
    const dir = fixtureSite(
      {
        'index.html': page('Home'),
        'faq.html': page('FAQ', ['blurry', 'how-long']),
        'kb/121/index.html': redirectPage('/help/faq'),
        'articles.json': '{}',
      },
      ['/help/kb/121 /help/faq 301'],
    );
    const underHelp = JSON.parse(
      JSON.stringify(index).replaceAll(
        'https://photos.example.org/',
        'https://photos.example.org/help/',
      ),
    ) as ArticleIndex;
    const site = readBuiltSite(dir, '/help/');
    expect(publishedUrls(site, underHelp)).toEqual(fullLedger);
    expect(
      checkLedger([...fullLedger, '/kb/121#blurry'], site, publishedUrls(site, underHelp)),
    ).toEqual([]);
  });
});

describe('the ledger file', () => {
  it('reads URLs and skips comments and blank lines', () => {
    expect(parseLedger(`${ledgerHeader}\n/\n/faq#blurry\n\n# Added 2026-11-26\n/kb/121\n`)).toEqual(
      ['/', '/faq#blurry', '/kb/121'],
    );
    expect(() => parseLedger('faq\n')).toThrow(/"faq" \(entry 1\) is not a site path/);
  });

  it('only ever appends, under a dated comment', () => {
    const first = appendToLedger('', ['/', '/faq'], '2026-11-26');
    expect(first.text).toBe(`${ledgerHeader}\n# Added 2026-11-26\n/\n/faq\n`);
    const second = appendToLedger(first.text, ['/faq', '/faq#blurry'], '2026-12-01');
    expect(second.added).toEqual(['/faq#blurry']);
    expect(second.text).toBe(`${first.text}\n# Added 2026-12-01\n/faq#blurry\n`);
    expect(appendToLedger(second.text, ['/'], '2027-01-01')).toEqual({
      text: second.text,
      added: [],
    });
  });
});
