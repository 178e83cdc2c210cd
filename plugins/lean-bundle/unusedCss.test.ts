import { describe, expect, it } from 'vitest';
import { ClassNames, classTokens, htmlClasses, purgeCss } from './unusedCss';

const used = (...sources: string[]) => new ClassNames(classTokens(sources));

describe('classTokens', () => {
  it('finds every word that could be a class name in minified JavaScript', () => {
    const tokens = classTokens([
      'e.jsx("nav",{className:(0,c.A)("navbar","navbar--fixed-top",a&&"navbar-sidebar--show")})',
      'var s={fieldset:"fieldset_gP_X",legend:"legend_ouyw"}',
    ]);
    for (const name of ['navbar', 'navbar--fixed-top', 'navbar-sidebar--show', 'fieldset_gP_X'])
      expect(tokens.has(name)).toBe(true);
  });
});

describe('ClassNames', () => {
  it('knows the names in the code, and those built at run time from a prefix in the code', () => {
    const names = used('clsx("alert", `alert--${type}`, "menu__link")');
    expect(names.has('alert')).toBe(true);
    expect(names.has('alert--warning')).toBe(true);
    expect(names.has('menu__link')).toBe(true);
    expect(names.has('avatar__photo')).toBe(false);
  });
});

describe('purgeCss', () => {
  const css = [
    ':root{--ifm-color-primary:#2e8555;--ifm-unused:1px;--ifm-navbar-height:3.75rem}',
    '[data-theme=dark]{--ifm-color-primary:#25c2a0}',
    'a{color:var(--ifm-color-primary)}',
    '.navbar{height:var(--ifm-navbar-height)}',
    '.avatar{display:flex}',
    '.avatar__photo,.navbar__brand{border-radius:50%}',
    '.navbar:focus-visible{outline:2px solid}',
    '@media (max-width:996px){.avatar--vertical{display:block}}',
    '@media (prefers-reduced-motion:reduce){*{transition:none!important}}',
    '@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}',
  ].join('');
  const result = purgeCss(css, used('"navbar","navbar__brand"'));

  it('drops the selectors that name a class no code uses, keeping the others of the rule', () => {
    expect(result.css).not.toContain('.avatar');
    expect(result.css).toContain('.navbar__brand{border-radius:50%}');
    expect(result.removedSelectors).toEqual(['.avatar', '.avatar__photo', '.avatar--vertical']);
  });

  it('keeps element, attribute and pseudo-class rules: dark mode, focus, reduced motion, keyframes', () => {
    expect(result.css).toContain('[data-theme=dark]{--ifm-color-primary:#25c2a0}');
    expect(result.css).toContain('.navbar:focus-visible{outline:2px solid}');
    expect(result.css).toContain(
      '@media (prefers-reduced-motion:reduce){*{transition:none!important}}',
    );
    expect(result.css).toContain(
      '@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}',
    );
  });

  it('drops an at-rule left empty', () => {
    expect(result.css).not.toContain('max-width:996px');
  });

  it('drops custom properties nothing reads, and keeps those the CSS or the code reads', () => {
    expect(result.removedProperties).toEqual(['--ifm-unused']);
    expect(result.css).toContain('--ifm-navbar-height:3.75rem');
    const readByCode = purgeCss(
      ':root{--ifm-unused:1px}',
      used('getPropertyValue("--ifm-unused")'),
    );
    expect(readByCode.css).toBe(':root{--ifm-unused:1px}');
  });

  it('drops a custom property once the rule that read it is gone', () => {
    const chained = purgeCss(':root{--a:1px;--b:var(--a)}.gone{margin:var(--b)}', used(''));
    expect(chained.removedProperties.sort()).toEqual(['--a', '--b']);
    expect(chained.css).toBe('');
  });
});

describe('htmlClasses', () => {
  it('reads quoted and unquoted class attributes, not data attributes or text', () => {
    const html =
      '<nav class="navbar navbar--fixed-top"><a class=navbar__brand href=/>x</a>' +
      '<p data-class="nope">class="not-an-attribute"</p></nav>';
    expect([...htmlClasses(html)]).toEqual(['navbar', 'navbar--fixed-top', 'navbar__brand']);
  });
});
