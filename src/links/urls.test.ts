import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  shortLinkPath,
  siteRoot,
  ticketText,
  withBaseUrl,
  withoutBaseUrl,
} from './urls';

describe('site addresses', () => {
  it('joins paths with the base URL, at the root and under a sub-path', () => {
    expect(withBaseUrl('/', '/guides/computer-backup')).toBe('/guides/computer-backup');
    expect(withBaseUrl('/help/', '/guides/computer-backup')).toBe('/help/guides/computer-backup');
    expect(withBaseUrl('/help', '/')).toBe('/help/');
    expect(siteRoot('https://photos.example.org', '/help/')).toBe(
      'https://photos.example.org/help/',
    );
  });

  it('takes the base URL off a path again, leaving other paths and absolute URLs alone', () => {
    expect(withoutBaseUrl('/help/guides/x', '/help/')).toBe('/guides/x');
    expect(withoutBaseUrl('/help', '/help/')).toBe('/');
    expect(withoutBaseUrl('/help#a', '/help/')).toBe('/#a');
    expect(withoutBaseUrl('/helpful', '/help/')).toBe('/helpful');
    expect(withoutBaseUrl('/guides/x', '/')).toBe('/guides/x');
    expect(withoutBaseUrl('https://x.org/help/a', '/help/')).toBe('https://x.org/help/a');
  });

  it('makes absolute links from permalinks, with our anchor instead of any other', () => {
    expect(absoluteUrl('https://photos.example.org', '/guides/computer-backup')).toBe(
      'https://photos.example.org/guides/computer-backup',
    );
    expect(
      absoluteUrl('https://photos.example.org/', '/faq/after-a-restore', 'photos-blurry'),
    ).toBe('https://photos.example.org/faq/after-a-restore#photos-blurry');
    expect(absoluteUrl('https://photos.example.org', '/faq?_highlight=x#old', 'new')).toBe(
      'https://photos.example.org/faq#new',
    );
    expect(absoluteUrl('https://example.org/', withBaseUrl('/help/', '/which-option'))).toBe(
      'https://example.org/help/which-option',
    );
  });

  it('names short links by article ID', () => {
    expect(shortLinkPath(104)).toBe('/kb/104');
  });
});

describe('absoluteUrl: what a copied link keeps', () => {
  it('drops search highlights and tracking parameters', () => {
    expect(
      absoluteUrl(
        'https://photos.example.org',
        '/faq/after-a-restore?_highlight=blurry&utm_source=mail&UTM_Medium=x&fbclid=1&gclid=2&msclkid=3&mc_cid=4',
        'photos-blurry',
      ),
    ).toBe('https://photos.example.org/faq/after-a-restore#photos-blurry');
  });

  it("keeps the parameters that change what the page shows: the selector's answers", () => {
    expect(
      absoluteUrl('https://photos.example.org', '/which-option?account=same&utm_source=mail'),
    ).toBe('https://photos.example.org/which-option?account=same');
    expect(
      absoluteUrl('https://photos.example.org', '/which-option?account=same&icloud-photos=on'),
    ).toBe('https://photos.example.org/which-option?account=same&icloud-photos=on');
  });
});

describe('ticketText', () => {
  it('gives the title, the article ID and the link for an article', () => {
    expect(
      ticketText({
        title: 'Restore from a computer backup',
        articleId: 105,
        url: 'https://photos.example.org/guides/computer-backup',
      }),
    ).toBe(
      'Restore from a computer backup (Article 105)\nhttps://photos.example.org/guides/computer-backup',
    );
  });

  it('puts the question first for an FAQ answer', () => {
    expect(
      ticketText({
        title: 'FAQ: photos after a restore',
        articleId: 121,
        heading: 'Why are my photos blurry?',
        url: 'https://photos.example.org/faq/after-a-restore#photos-blurry',
      }),
    ).toBe(
      'Why are my photos blurry?\nFAQ: photos after a restore (Article 121)\nhttps://photos.example.org/faq/after-a-restore#photos-blurry',
    );
  });

  it('works without an article ID, e.g. for a selector result', () => {
    expect(
      ticketText({
        title: 'Which option applies to me?',
        heading: 'Wait for iCloud Photos',
        url: 'https://photos.example.org/which-option/result/wait',
      }),
    ).toBe(
      'Wait for iCloud Photos\nWhich option applies to me?\nhttps://photos.example.org/which-option/result/wait',
    );
  });
});
