/**
 * The search's documents, from the MDX source of each page: one per page, one per FAQ answer (a `##`
 * on an FAQ page, with the `###`s under it) and one per section elsewhere (every `##` and `###`).
 * Node only, no Docusaurus imports; plugins/search-index/index.ts feeds it the pages.
 *
 * What is not indexed, by construction: components (the cards of DocCardList, the agents' list of
 * every article, the selector and its generated tree, partials such as "Save what is on your phone
 * first"), the sources list (front matter, shown by ArticleFooter), the navbar, and any block the
 * MDX marks with `data-search-ignore`.
 */
import { firstSentence } from '../../tooling/content/faqAnswers';
import { headings, proseOf } from '../../tooling/content/mdxText';

export interface PageSource {
  /** The page's address in the site, without the base URL: "/faq/after-a-restore". */
  slug: string;
  title: string;
  /** Front matter `article_type`: "faq", "guide"... */
  type: string;
  description: string;
  keywords: string[];
  /** Front matter `asked_as`: phrasings by "page" or heading id (docs-dev/content.md, "asked_as"). */
  askedAs: Record<string, string[]>;
  /** The MDX after the front matter. */
  body: string;
}

export type DocumentKind = 'page' | 'answer' | 'section';

export interface SearchDocument {
  /** Where the result leads, without the base URL: "/faq/after-a-restore#photos-blurry". */
  url: string;
  kind: DocumentKind;
  /** The page's `article_type`: "guide", "faq"... */
  type: string;
  /** The FAQ question (answers) or the page title (pages); empty for other sections. */
  title: string;
  /** The section's heading; for an FAQ answer, the headings of its `###` parts. */
  heading: string;
  /** The title of the page it is on. */
  page: string;
  /** Front matter `keywords` (pages only). */
  keywords: string;
  /** The `asked_as` phrasings for this page or section, one per line. */
  askedAs: string;
  /** The words of its address, then the text of the site's links to it, one per line (`withLinkText`). */
  links: string;
  /** The text readers read. */
  body: string;
  /** Its first sentence: an FAQ answer's direct answer, a page's description. */
  lead: string;
  /**
   * What the search page shows under the result (stored, not searched): the opening of its text,
   * cut at a word (`summaryOf`). For an FAQ answer it is the direct answer.
   */
  summary: string;
}

/** The longest summary, in characters: three lines on a 320 px phone, one or two on a computer. */
export const summaryLength = 140;

/** The opening of a text, at most `summaryLength` characters, cut at a word and marked "…". */
export function summaryOf(text: string, max = summaryLength): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const endsAWord = text[max - 1] === ' ';
  const atWord = endsAWord ? cut : cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)) || cut;
  return `${atWord.replace(/[\s,;:.]+$/, '')}…`;
}

const ignoredElement = /<([A-Za-z][\w.]*)\b[^>]*\bdata-search-ignore\b[^>]*>[\s\S]*?<\/\1\s*>/g;
const ignoredSelfClosing = /<[A-Za-z][\w.]*\b[^>]*\bdata-search-ignore\b[^>]*\/>/g;

/** The MDX without the blocks marked `data-search-ignore` (generated or repeated text). */
export function withoutIgnoredBlocks(mdx: string): string {
  return mdx.replace(ignoredElement, '').replace(ignoredSelfClosing, '');
}

/** Prose as one line of plain text; a menu path (`<SettingsPath path="..." />`) reads as its path. */
function plainText(mdx: string): string {
  const withPaths = mdx.replace(/<SettingsPath\s+path=(["'])(.*?)\1\s*\/>/g, '$2');
  return proseOf(withPaths).replace(/\s+/g, ' ').trim();
}

/** The `asked_as` keys that are neither "page" nor a heading id of the page. */
export function unknownAskedAsKeys(page: PageSource): string[] {
  const ids = new Set(headings(page.body).map((heading) => heading.id));
  return Object.keys(page.askedAs).filter((key) => key !== 'page' && !ids.has(key));
}

interface Part {
  anchor: string;
  level: number;
  heading: string;
  /** 0-based line range of the part's text in the body, after its heading. */
  from: number;
  to: number;
}

export function searchDocuments(page: PageSource): SearchDocument[] {
  const body = withoutIgnoredBlocks(page.body);
  const lines = body.split('\n');
  const linkable = headings(body).filter(
    (heading) => (heading.level === 2 || heading.level === 3) && heading.id,
  );
  const parts: Part[] = linkable.map((heading, index) => ({
    anchor: heading.id!,
    level: heading.level,
    heading: plainText(heading.text).replace(/\.$/, ''),
    from: heading.line,
    to: index + 1 < linkable.length ? linkable[index + 1].line - 1 : lines.length,
  }));
  const textOf = (from: number, to: number) => plainText(lines.slice(from, to).join('\n'));
  const asked = (key: string) => (page.askedAs[key] ?? []).join('\n');

  const intro = textOf(0, parts.length > 0 ? parts[0].from - 1 : lines.length);
  const documents: SearchDocument[] = [
    {
      url: page.slug,
      kind: 'page',
      type: page.type,
      title: page.title,
      heading: '',
      page: page.title,
      keywords: page.keywords.join(', '),
      askedAs: asked('page'),
      links: '',
      body: [page.description, intro].filter(Boolean).join(' '),
      lead: '',
      summary: '',
    },
  ];

  const isFaq = page.type === 'faq';
  for (const part of parts) {
    const url = `${page.slug}#${part.anchor}`;
    const text = textOf(part.from, part.to);
    const answer = documents.at(-1)!;
    if (isFaq && part.level === 3 && answer.kind === 'answer') {
      // An FAQ answer's `###` parts belong to the answer: readers search for the question.
      answer.heading = [answer.heading, part.heading].filter(Boolean).join(' · ');
      answer.body = [answer.body, text].filter(Boolean).join(' ');
      answer.askedAs = [answer.askedAs, asked(part.anchor)].filter(Boolean).join('\n');
      continue;
    }
    const isAnswer = isFaq && part.level === 2;
    documents.push({
      url,
      kind: isAnswer ? 'answer' : 'section',
      type: page.type,
      title: isAnswer ? part.heading : '',
      heading: isAnswer ? '' : part.heading,
      page: page.title,
      keywords: '',
      askedAs: asked(part.anchor),
      links: '',
      body: text,
      lead: '',
      summary: '',
    });
  }
  return documents.map((doc) => ({
    ...doc,
    lead: firstSentence(doc.body),
    // A page's summary is its description, not the start of its introduction too.
    summary: summaryOf(doc.kind === 'page' && page.description ? page.description : doc.body),
  }));
}

/**
 * The words we chose for a page's or section's address: the heading id of a section or answer, the
 * last part of a page's slug ("recover without backup" for "/faq/...#recover-without-backup").
 */
export function addressWords(url: string): string {
  const [path, id] = url.split('#');
  return (id ?? path.split('/').pop() ?? '').replace(/-/g, ' ');
}

/** A Markdown link to a page or section of the site: `[text](/path)`, `[text](/path#id)`, `[text](#id)`. */
const siteLink = /\[([^\]]+)\]\((\/[\w/-]*|#[\w-]+)(#[\w-]+)?\)/g;

/**
 * The documents with the names the site gives them in links: the words of their address (short,
 * hand-written and permanent: a heading id names its topic in a few words), then the text of every
 * link the site's pages make to them ("Restore from a computer backup" for /guides/computer-backup),
 * often other words than the title, and repeated as often as pages send readers there. A page's
 * links to itself count only when they lead to one of its sections.
 */
export function withLinkText(documents: SearchDocument[], pages: PageSource[]): SearchDocument[] {
  const texts = new Map<string, string[]>();
  for (const page of pages) {
    for (const [, text, path, hash = ''] of withoutIgnoredBlocks(page.body).matchAll(siteLink)) {
      const url = path.startsWith('#')
        ? `${page.slug}${path}`
        : `${path.replace(/(.)\/$/, '$1')}${hash}`;
      if (url === page.slug) continue;
      texts.set(url, [...(texts.get(url) ?? []), plainText(text).replace(/\.$/, '')]);
    }
  }
  return documents.map((doc) => ({
    ...doc,
    links: [addressWords(doc.url), ...(texts.get(doc.url) ?? [])].join('\n'),
  }));
}
