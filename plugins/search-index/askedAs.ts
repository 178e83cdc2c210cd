/**
 * The `asked_as` front matter (docs-dev/content.md, "asked_as") and its sources,
 * data/asked-as-sources.json: each phrasing is written in the page's front matter and its public
 * source is kept in that file. `npm run asked-as` writes the front matter from the file; a unit test
 * checks that the two agree. Node only, no Docusaurus imports.
 */

export interface AskedAsSource {
  text: string;
  source: string;
  note?: string;
}

/** `{ "<slug>#<key>": [{ text, source, note }] }`, key "page" or a heading id. */
export type AskedAsSources = Record<string, AskedAsSource[]>;

/** A page's `asked_as`: key ("page" or a heading id) to phrasings. */
export type AskedAs = Record<string, string[]>;

export function splitSourceKey(sourceKey: string): { slug: string; key: string } {
  const at = sourceKey.indexOf('#');
  return at < 0
    ? { slug: sourceKey, key: 'page' }
    : { slug: sourceKey.slice(0, at), key: sourceKey.slice(at + 1) };
}

/**
 * The `asked_as` each page should carry, by slug, for the keys whose page and heading exist; the
 * other keys wait for their page or answer to be written (listed, not dropped).
 */
export function wantedAskedAs(
  sources: AskedAsSources,
  exists: (slug: string, key: string) => boolean,
): { bySlug: Map<string, AskedAs>; waiting: string[] } {
  const bySlug = new Map<string, AskedAs>();
  const waiting: string[] = [];
  for (const [sourceKey, list] of Object.entries(sources)) {
    const { slug, key } = splitSourceKey(sourceKey);
    if (!exists(slug, key)) {
      waiting.push(sourceKey);
      continue;
    }
    const page = bySlug.get(slug) ?? {};
    page[key] = list.map((entry) => entry.text);
    bySlug.set(slug, page);
  }
  return { bySlug, waiting };
}

/** What differs between a page's front matter and its sources, in words. */
export function askedAsMismatches(slug: string, written: AskedAs, wanted: AskedAs): string[] {
  const problems: string[] = [];
  for (const key of new Set([...Object.keys(written), ...Object.keys(wanted)])) {
    const have = written[key] ?? [];
    const want = wanted[key] ?? [];
    for (const text of have.filter((phrase) => !want.includes(phrase)))
      problems.push(`${slug}#${key}: "${text}" has no source in data/asked-as-sources.json`);
    for (const text of want.filter((phrase) => !have.includes(phrase)))
      problems.push(`${slug}#${key}: "${text}" is not in the page's asked_as`);
  }
  return problems;
}

/** The `asked_as:` block of YAML front matter (phrasings as JSON strings, which YAML reads as they are). */
export function askedAsYaml(askedAs: AskedAs): string {
  const keys = Object.keys(askedAs);
  if (keys.length === 0) return '';
  const lines = ['asked_as:'];
  for (const key of keys) {
    lines.push(`  ${key}:`);
    for (const text of askedAs[key]) lines.push(`    - ${JSON.stringify(text)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * An MDX file with its `asked_as` block replaced by `block`: an existing block is replaced where it
 * is; a new one goes right after the `slug:` line, away from the fields that change most.
 */
export function withAskedAsBlock(mdx: string, block: string): string {
  const end = mdx.indexOf('\n---', 4);
  if (!mdx.startsWith('---\n') || end < 0) throw new Error('no front matter');
  const frontMatter = mdx.slice(4, end + 1);
  const rest = mdx.slice(end + 1);
  const existing = /^asked_as:\n(?:[ \t]+.*\n|\n)*/m;
  if (existing.test(frontMatter)) return `---\n${frontMatter.replace(existing, block)}${rest}`;
  if (!block) return mdx;
  const afterSlug = /^slug:.*\n/m.exec(frontMatter);
  const at = afterSlug ? afterSlug.index + afterSlug[0].length : frontMatter.length;
  return `---\n${frontMatter.slice(0, at)}${block}${frontMatter.slice(at)}${rest}`;
}
