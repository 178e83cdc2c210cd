import { describe, expect, it } from 'vitest';
import type { Article } from '../../tooling/content/articles';
import {
  articleIdProblems,
  buildRedirects,
  parseRedirectMap,
  parseRegistry,
  redirectsFileText,
  type MovedPage,
  type RetiredArticle,
} from './redirects';

function article(id: number, slug: string, file = `${slug.slice(1)}.mdx`): Article {
  return {
    file,
    id,
    type: 'guide',
    title: `Article ${id}`,
    description: 'x',
    slug,
    lastReviewed: '2026-11-26',
    keywords: [],
    askedAs: {},
    headings: [],
  };
}

const moved = (from: string, to: string): MovedPage => ({
  from,
  to,
  since: '2026-11-26',
  reason: 'Renamed',
});

const retiredArticle: RetiredArticle = {
  id: 112,
  slug: '/guides/old-method',
  title: 'An old method',
  retired: '2026-12-01',
  reason: 'Apple removed the feature; merged into article 104.',
};

describe('parseRedirectMap', () => {
  it('accepts complete entries and explains incomplete ones', () => {
    const result = parseRedirectMap([
      moved('/guides/itunes', '/guides/computer-backup#steps'),
      { from: 'guides/x', to: '/y?z=1', since: 'today' },
    ]);
    expect(result.moved).toEqual([moved('/guides/itunes', '/guides/computer-backup#steps')]);
    expect(result.problems).toEqual([
      'data/redirects.json entry 2 ("guides/x"): "from" must be a path such as /guides/old-name, without ? or #.',
      'data/redirects.json entry 2 ("guides/x"): "to" must be a path inside the site, optionally with #anchor.',
      'data/redirects.json entry 2 ("guides/x"): "since" must be the date of the move, e.g. 2026-11-26.',
      'data/redirects.json entry 2 ("guides/x"): "reason" must say why the page moved.',
    ]);
    expect(parseRedirectMap({}).problems).toEqual(['data/redirects.json must be a list.']);
  });
});

describe('parseRegistry', () => {
  it('reads retired articles and rejects incomplete entries', () => {
    expect(parseRegistry({ retired: [retiredArticle] })).toEqual({
      retired: [retiredArticle],
      problems: [],
    });
    expect(parseRegistry({ retired: [{ id: '112' }] }).problems).toHaveLength(5);
    expect(parseRegistry({}).problems).toEqual([
      'data/articles-registry.json must have a "retired" list.',
    ]);
  });
});

describe('articleIdProblems', () => {
  it('accepts unique IDs and slugs', () => {
    expect(articleIdProblems([article(101, '/why'), article(102, '/guides/a')], [])).toEqual([]);
  });

  it('rejects a duplicate ID or slug', () => {
    expect(
      articleIdProblems([article(104, '/a', 'a.mdx'), article(104, '/a', 'b.mdx')], []),
    ).toEqual([
      'article_id 104 is used by more than one page: a.mdx, b.mdx.',
      'The slug /a is used by more than one page.',
    ]);
  });

  it('never lets a new page take the ID or slug of a retired article', () => {
    expect(
      articleIdProblems(
        [article(112, '/guides/new', 'new.mdx'), article(113, '/guides/old-method', 'old.mdx')],
        [retiredArticle],
      ),
    ).toEqual([
      'new.mdx: article_id 112 belonged to "An old method" (retired 2026-12-01); IDs are never reused. Take the next free ID.',
      'old.mdx: the slug /guides/old-method belonged to retired article 112; old links expect its redirect. Choose another slug.',
    ]);
  });
});

describe('buildRedirects', () => {
  const articles = [article(104, '/guides/icloud-com'), article(105, '/guides/computer-backup')];

  it('gives every article a short link and every moved page its redirect', () => {
    const { redirects, problems } = buildRedirects(
      articles,
      [moved('/guides/itunes', '/guides/computer-backup')],
      [],
    );
    expect(problems).toEqual([]);
    expect(redirects).toEqual([
      { from: '/kb/104', to: '/guides/icloud-com', kind: 'short-link' },
      { from: '/kb/105', to: '/guides/computer-backup', kind: 'short-link' },
      { from: '/guides/itunes', to: '/guides/computer-backup', kind: 'moved' },
    ]);
  });

  it('keeps the short link of a retired article, straight to where its page went', () => {
    const { redirects, problems } = buildRedirects(
      articles,
      [moved('/guides/old-method', '/guides/icloud-com#mac')],
      [retiredArticle],
    );
    expect(problems).toEqual([]);
    expect(redirects).toContainEqual({
      from: '/kb/112',
      to: '/guides/icloud-com#mac',
      kind: 'short-link',
    });
  });

  it('requires a redirect for a retired article', () => {
    expect(buildRedirects(articles, [], [retiredArticle]).problems).toEqual([
      'Retired article 112 (/guides/old-method) needs an entry in data/redirects.json saying where its readers go now.',
    ]);
  });

  it('refuses chains, loops, self-redirects, hidden live pages, duplicates and hand-made short links', () => {
    const { problems } = buildRedirects(
      articles,
      [
        moved('/a', '/b'),
        moved('/b', '/guides/icloud-com'),
        moved('/c', '/d'),
        moved('/d', '/c'),
        moved('/e', '/e#x'),
        moved('/guides/computer-backup', '/guides/icloud-com'),
        moved('/kb/1', '/guides/icloud-com'),
        moved('/a', '/guides/icloud-com'),
      ],
      [],
    );
    expect(problems).toEqual([
      'data/redirects.json lists /a more than once.',
      'data/redirects.json: /a -> /b -> /guides/icloud-com is a chain; point /a straight at /guides/icloud-com.',
      'data/redirects.json: /c -> /d -> /c is a loop; decide where the page lives and keep one entry.',
      'data/redirects.json: /d -> /c -> /d is a loop; decide where the page lives and keep one entry.',
      'data/redirects.json: /e redirects to itself.',
      'data/redirects.json: /guides/computer-backup is the address of a live page; a redirect there would hide it.',
      'data/redirects.json: /kb/1 is a short link; short links come from article IDs and the registry.',
    ]);
  });
});

describe('redirectsFileText', () => {
  const redirects = [
    { from: '/kb/104', to: '/guides/icloud-com', kind: 'short-link' as const },
    { from: '/guides/itunes', to: '/guides/computer-backup#steps', kind: 'moved' as const },
  ];

  it('writes one "from to 301" line per redirect, under the base URL', () => {
    const text = redirectsFileText(redirects, '/help/');
    expect(text).toContain('\n/help/kb/104 /help/guides/icloud-com 301\n');
    expect(text).toContain('\n/help/guides/itunes /help/guides/computer-backup#steps 301\n');
    expect(text.split('\n').filter((line) => line.startsWith('/'))).toHaveLength(2);
  });

  it('forces the rules for Netlify, which otherwise serves the redirect page file instead', () => {
    expect(redirectsFileText(redirects, '/', { force: true })).toContain(
      '\n/kb/104 /guides/icloud-com 301!\n',
    );
  });
});
