/**
 * CSS that no page can use, taken out of the site's stylesheet.
 *
 * The classic theme ships all of Infima (buttons, alerts, badges, avatars, cards, pills, tabs, the
 * grid, spacing helpers...) and the CSS of every theme component (blog, tags, announcement bar...),
 * in one stylesheet that every page loads before it can paint. A class can only be on a page if some
 * JavaScript of the site names it: the components, the MDX pages and Docusaurus itself render every
 * class, on the server and in the browser, from the client bundle's code. So a selector is dropped
 * when one of its classes appears nowhere in the site's JavaScript, not even as the beginning of a
 * name built at run time (`alert--${type}` leaves `alert--` in the code: every class starting with it is
 * kept). Element, attribute and pseudo-class selectors are kept as they are: dark mode
 * (`[data-theme=dark]`), focus styles, `@media` (narrow screens, reduced motion) are untouched.
 * Custom properties that nothing reads (no `var()` left in the CSS, not named in the JavaScript) go too.
 *
 * ./index.ts runs this on the client bundle, before the file names get their content hash, and checks
 * after the build that every class in the built HTML was known here.
 *
 * Plain functions over strings (unit-tested).
 */
import postcss, { type AtRule, type Container, type Root } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { startTags } from '../../tooling/site/html';

/** Every word that could be a class name, from the site's JavaScript: [A-Za-z_] then [\w-]*. */
export function classTokens(sources: Iterable<string>): Set<string> {
  const tokens = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/[A-Za-z_][\w-]*/g)) tokens.add(match[0]);
  }
  return tokens;
}

export class ClassNames {
  private readonly prefixes: string[];

  constructor(private readonly tokens: Set<string>) {
    // Names built at run time: the code holds their beginning, ending in - or _ (`alert--`, `plugin-id-`).
    this.prefixes = [...tokens].filter((token) => token.length > 2 && /[-_]$/.test(token));
  }

  /** Whether the JavaScript may put this class on an element. */
  has(className: string): boolean {
    return (
      this.tokens.has(className) || this.prefixes.some((prefix) => className.startsWith(prefix))
    );
  }
}

function classesOf(selector: string): string[] {
  const classes: string[] = [];
  selectorParser((root) => {
    root.walkClasses((node) => {
      classes.push(node.value);
    });
  }).processSync(selector);
  return classes;
}

function insideKeyframes(node: postcss.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'atrule' && /keyframes$/i.test((parent as AtRule).name)) return true;
  }
  return false;
}

/** Removes rules and at-rules left without content (an emptied `@media`, for instance). */
function removeEmpty(container: Container) {
  container.each((node) => {
    if (node.type === 'rule' || node.type === 'atrule') {
      if (node.nodes) removeEmpty(node);
      if (node.nodes && node.nodes.length === 0) node.remove();
    }
  });
}

export interface PurgeResult {
  css: string;
  /** Selectors taken out, for the build log */
  removedSelectors: string[];
  /** Custom properties taken out */
  removedProperties: string[];
}

/** Drops the selectors that name a class the JavaScript never uses. */
function dropUnusedSelectors(root: Root, used: ClassNames): string[] {
  const removed: string[] = [];
  root.walkRules((rule) => {
    if (insideKeyframes(rule)) return;
    const kept = rule.selectors.filter((selector) => classesOf(selector).every((c) => used.has(c)));
    if (kept.length === rule.selectors.length) return;
    removed.push(...rule.selectors.filter((selector) => !kept.includes(selector)));
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  return removed;
}

/** Drops custom property declarations that no var() reads and no JavaScript names, until none is left. */
function dropUnusedProperties(root: Root, used: ClassNames): string[] {
  const removed = new Set<string>();
  for (;;) {
    const read = new Set([...root.toString().matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]));
    let changed = false;
    root.walkDecls((declaration) => {
      const name = declaration.prop;
      // The JavaScript may read or set it: getPropertyValue('--ifm-navbar-height'), style={{'--x': 1}}.
      if (!name.startsWith('--') || read.has(name) || used.has(name.slice(2))) return;
      declaration.remove();
      removed.add(name);
      changed = true;
    });
    if (!changed) return [...removed];
  }
}

export function purgeCss(css: string, used: ClassNames): PurgeResult {
  const root = postcss.parse(css);
  const removedSelectors = dropUnusedSelectors(root, used);
  const removedProperties = dropUnusedProperties(root, used);
  removeEmpty(root);
  return { css: root.toString(), removedSelectors, removedProperties };
}

/** The classes in an HTML document's class attributes (read with the site's one HTML parser). */
export function htmlClasses(html: string): Set<string> {
  const classes = new Set<string>();
  for (const { attributes } of startTags(html)) {
    for (const name of (attributes.get('class') ?? '').split(/\s+/)) {
      if (name) classes.add(name);
    }
  }
  return classes;
}
