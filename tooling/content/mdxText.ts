import matter from 'gray-matter';

/**
 * Turns an MDX page into the pieces our content checks need: its front matter, its headings and
 * sections, the prose a reader reads (for readability and word counts) and the text to check for
 * names and phrases. Plain string work, no MDX compiler: our pages use a small, known subset of MDX.
 */

export interface MdxPage {
  /** Parsed front matter (YAML dates arrive as Date objects). */
  data: Record<string, unknown>;
  /** The front matter as written, between the `---` lines. */
  frontMatter: string;
  /** Everything after the front matter. */
  body: string;
}

export function parseMdx(source: string): MdxPage {
  // gray-matter caches by input; pass a copy of the options so every call parses afresh.
  const parsed = matter(source, {});
  return { data: parsed.data, frontMatter: parsed.matter, body: parsed.content };
}

export interface Heading {
  level: number;
  /** The heading text, without the id comment. */
  text: string;
  /** The explicit id from `{/* #id *\/}`, if there is one. */
  id?: string;
  /** The heading's markdown as written after the `#`s (id comment included, closing `#`s removed). */
  source: string;
  /** 1-based line number in the body. */
  line: number;
}

/** A code fence: three or more backticks or tildes, indented at most three spaces. */
const fencePattern = /^\s{0,3}(`{3,}|~{3,})/;

/** The body's lines, with fenced code blocks blanked out (so `#` in code is not a heading). */
function linesOutsideCode(body: string): string[] {
  let fence: string | null = null;
  return body.split('\n').map((line) => {
    const marker = fencePattern.exec(line)?.[1];
    // A fence closes only with its own character, repeated at least as often (CommonMark).
    if (marker && fence === null) fence = marker;
    else if (marker && fence !== null && marker[0] === fence[0] && marker.length >= fence.length)
      fence = null;
    else if (fence === null) return line;
    return '';
  });
}

const explicitId = /\{\/\*\s*#([^\s*]+)\s*\*\/\}\s*$/;

/**
 * Every ATX heading (`#` to `######`) outside code blocks, with its explicit id if it has one.
 * The one heading reader for the content checks and the link tooling (plugins/article-links).
 */
export function headings(body: string): Heading[] {
  const result: Heading[] = [];
  linesOutsideCode(body).forEach((line, index) => {
    const match = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (!match) return;
    const source = match[2];
    const text = source.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim();
    result.push({
      level: match[1].length,
      text,
      id: explicitId.exec(source)?.[1],
      source,
      line: index + 1,
    });
  });
  return result;
}

export interface Section {
  heading: Heading;
  /** The body text from the line after this `##` heading up to the next `##` heading. */
  content: string;
}

/** The `##` sections of a page, in order. `###` headings stay inside their section. */
export function sections(body: string): Section[] {
  const lines = body.split('\n');
  const level2 = headings(body).filter((h) => h.level === 2);
  return level2.map((heading, i) => {
    const end = i + 1 < level2.length ? level2[i + 1].line - 1 : lines.length;
    return { heading, content: lines.slice(heading.line, end).join('\n') };
  });
}

/** The ids recorded with `{/* New source: URL (what it confirms) *\/}` comments on a page. */
export function newSourceUrls(body: string): string[] {
  return [...body.matchAll(/\{\/\*\s*New source:\s*(https?:\/\/[^\s)]+)[^*]*\*\/\}/g)].map(
    (m) => m[1],
  );
}

const mdxComment = /\{\/\*[\s\S]*?\*\/\}/g;
const importExport = /^(import|export)\s.*$/gm;
// A JSX or HTML tag, including attributes whose quoted values contain ">" (SettingsPath paths do).
const jsxTag = /<\/?[A-Za-z][\w.:-]*(?:\s+(?:"[^"]*"|'[^']*'|\{[^}]*\}|[^"'{}>/])*)?\s*\/?>/g;
const url = /https?:\/\/[^\s)"'>\]]+/g;

function removeCode(text: string): string {
  return linesOutsideCode(text)
    .join('\n')
    .replace(/`[^`\n]*`/g, ' ');
}

/**
 * The text to check for product names and forbidden phrases: everything a reader can see, plus the
 * readable attributes of components (a SettingsPath's path), without code, comments, imports,
 * link targets and addresses (where lower-case names like "icloud.com" are correct).
 */
export function textForChecks(body: string): string {
  return removeCode(body)
    .replace(mdxComment, ' ')
    .replace(importExport, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/\b(?:href|to|src|id|className|slug)=(?:"[^"]*"|'[^']*'|\{[^}]*\})/g, ' ')
    .replace(url, ' ');
}

/** Adds a full stop to a block of prose that does not end in one, so it counts as a sentence. */
function endSentence(block: string): string {
  const trimmed = block.trim().replace(/[:;,]$/, '');
  if (!trimmed) return '';
  return /[.?!]["')\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The prose of a page as a reader reads it: no front matter (pass the body), code, tables, imports,
 * JSX tags or comments. Headings, paragraphs and list items each end as a sentence. The text inside
 * components (a figcaption, an admonition) stays; a self-closing component leaves nothing.
 */
export function proseOf(body: string): string {
  const cleaned = removeCode(body)
    .replace(mdxComment, ' ')
    .replace(importExport, '')
    .replace(/<table[\s\S]*?<\/table>/g, '\n')
    .replace(jsxTag, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(url, ' ')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push(current.join(' '));
    current = [];
  };
  for (const rawLine of cleaned.split('\n')) {
    const line = rawLine.trim();
    if (!line || /^\|/.test(line) || /^:::\s*$/.test(line) || /^-{3,}$/.test(line)) {
      flush();
      continue;
    }
    const admonition = /^:::\w+(?:\[(.*)\])?/.exec(line);
    if (admonition) {
      flush();
      if (admonition[1]) blocks.push(admonition[1]);
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push(heading[1]);
      continue;
    }
    const listItem = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (listItem) {
      flush();
      current.push(listItem[1]);
      continue;
    }
    current.push(line.replace(/^>\s?/, ''));
  }
  flush();

  return blocks
    .map(endSentence)
    .filter(Boolean)
    .join('\n')
    .replace(/[ \t]+/g, ' ');
}

/** The number of words in prose: runs of characters that contain a letter or a digit. */
export function wordCount(prose: string): number {
  return prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
