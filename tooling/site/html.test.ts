import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  firstH1Text,
  fragmentTargets,
  headingTextById,
  metaRefreshTarget,
  parseAttributes,
  startTags,
} from './html';

describe('parseAttributes and startTags', () => {
  it('reads quoted, unquoted and bare attributes, and decodes entities', () => {
    expect(
      Object.fromEntries(
        parseAttributes(` src="/a b.js" data-x='y' defer href="/c.css?a=1&amp;b=2" />`),
      ),
    ).toEqual({ src: '/a b.js', 'data-x': 'y', defer: '', href: '/c.css?a=1&b=2' });
  });

  it('keeps a value that is just a slash', () => {
    expect(Object.fromEntries(parseAttributes(' href=/ class=navbar__brand'))).toEqual({
      href: '/',
      class: 'navbar__brand',
    });
  });

  it('lists the start tags of one element, script tags with their attributes but not their text', () => {
    const html =
      '<script src=/a.js defer></script><script>var s = "<img src=fake>";</script><img src=/b.svg width=1>';
    expect(startTags(html, 'script').map((tag) => tag.attributes.get('src'))).toEqual([
      '/a.js',
      undefined,
    ]);
    expect(startTags(html, 'img').map((tag) => tag.attributes.get('src'))).toEqual(['/b.svg']);
  });
});

describe('fragmentTargets', () => {
  it('finds ids quoted, single-quoted and unquoted, as minified pages have them', () => {
    const html =
      '<div id="a"><h2 class=anchor id=photos-blurry>Q<a class="hash-link" href=#photos-blurry>\u200b</a></h2>' +
      "<span title='x > y' id='after-quote'></span><a name=legacy></a></div>";
    expect([...fragmentTargets(html)]).toEqual(['a', 'photos-blurry', 'after-quote', 'legacy']);
  });

  it('ignores ids that only appear inside scripts, styles and comments', () => {
    const html =
      '<script>const s = "<div id=fake>";</script><style>#x{}</style><!-- <p id="gone"> --><p id=real></p>';
    expect([...fragmentTargets(html)]).toEqual(['real']);
  });
});

describe('metaRefreshTarget', () => {
  it('reads the target of a client-side redirect page', () => {
    expect(
      metaRefreshTarget(
        '<html><head><meta charset="UTF-8"><meta http-equiv="refresh" content="0; url=/guides/computer-backup"></head></html>',
      ),
    ).toBe('/guides/computer-backup');
    expect(metaRefreshTarget('<meta HTTP-EQUIV=Refresh content="0;URL=\'/a#b\'">')).toBe('/a#b');
  });

  it('says nothing for a normal page', () => {
    expect(metaRefreshTarget('<meta name="description" content="x"><h1>Hi</h1>')).toBeUndefined();
  });
});

describe('heading text', () => {
  it('reads a heading by id without the direct-link anchor', () => {
    const html =
      '<h2 class="anchor" id="photos-blurry">Why are my photos <strong>blurry</strong>?<a href="#photos-blurry" class="hash-link" aria-label="Direct link">\u200b</a></h2>';
    expect(headingTextById(html, 'photos-blurry')).toBe('Why are my photos blurry?');
    expect(headingTextById(html, 'missing')).toBeUndefined();
  });

  it('reads the first h1 and decodes entities', () => {
    expect(firstH1Text('<header><h1 class=x>Photos &amp; videos</h1></header><h1>Two</h1>')).toBe(
      'Photos & videos',
    );
    expect(decodeEntities('&#8217;&#x2019;&quot;&unknown;')).toBe('\u2019\u2019"&unknown;');
  });
});
