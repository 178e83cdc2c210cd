/**
 * The one HTML reader for the built site: start tags and their attributes, element ids, redirect
 * pages and heading text. Used by the ledger, the byte budgets, the security headers and the e2e
 * checks. The built pages are minified (attribute quotes are often dropped), so attributes are parsed
 * properly rather than matched with a naive regex. No dependencies.
 */

export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  /** Where the tag ends in the (comment- and script-free) HTML. */
  end: number;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * The HTML without comments and without the contents of scripts and styles, which are not markup
 * (their start tags, with their attributes, stay).
 */
export function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
}

const startTagPattern =
  /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of one start tag, by lower-case name: quoted, unquoted (minified) and bare ones. */
export function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const attribute of source.matchAll(attributePattern)) {
    const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    attributes.set(attribute[1].toLowerCase(), decodeEntities(value));
  }
  return attributes;
}

/** The start tags of the page's markup, in document order; only those named `name` if given. */
export function startTags(html: string, name?: string): StartTag[] {
  const markup = markupOnly(html);
  const tags: StartTag[] = [];
  for (const match of markup.matchAll(startTagPattern)) {
    const tagName = match[1].toLowerCase();
    if (name !== undefined && tagName !== name) continue;
    const attributes = parseAttributes(match[2] ?? '');
    tags.push({ name: tagName, attributes, end: match.index + match[0].length });
  }
  return tags;
}

/** Every fragment a link can point at: element ids, and the names of <a name="..."> anchors. */
export function fragmentTargets(html: string): Set<string> {
  const targets = new Set<string>();
  for (const tag of startTags(html)) {
    const id = tag.attributes.get('id');
    if (id) targets.add(id);
    const name = tag.attributes.get('name');
    if (tag.name === 'a' && name) targets.add(name);
  }
  return targets;
}

/** The address a client-side redirect page sends to (its <meta http-equiv="refresh">), if it is one. */
export function metaRefreshTarget(html: string): string | undefined {
  for (const tag of startTags(html)) {
    if (tag.name !== 'meta' || tag.attributes.get('http-equiv')?.toLowerCase() !== 'refresh')
      continue;
    const match = /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"]+)['"]?\s*$/i.exec(
      tag.attributes.get('content') ?? '',
    );
    if (match) return match[1];
  }
  return undefined;
}

/** Visible text of a fragment of HTML: tags removed, entities decoded, spaces collapsed. */
export function textOf(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]*>/g, ''))
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text of the heading with this id, without the theme's "#" direct link, or undefined when the
 * page has no heading with that id.
 */
export function headingTextById(html: string, id: string): string | undefined {
  const markup = markupOnly(html);
  const tag = startTags(markup).find(
    (candidate) => /^h[1-6]$/.test(candidate.name) && candidate.attributes.get('id') === id,
  );
  if (!tag) return undefined;
  const close = markup.indexOf(`</${tag.name}>`, tag.end);
  const inner = markup.slice(tag.end, close === -1 ? undefined : close);
  return textOf(inner.replace(/<a\b[^>]*\bhash-link\b[^>]*>[\s\S]*?<\/a>/g, ''));
}

/** The text of the page's first <h1>. */
export function firstH1Text(html: string): string | undefined {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(markupOnly(html));
  return match ? textOf(match[1]) : undefined;
}
