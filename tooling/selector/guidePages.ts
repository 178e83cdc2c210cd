/**
 * The selector links to guides and to the prevention pages. Their ids, slugs and titles
 * come from the same article data as everything else (front matter, read by ./../content/articles.ts),
 * written into src/selector/guidePages.ts by `npm run selector:guides`.
 *
 * Why a generated module and not the build's plugin data: the selector renders inside docs pages and
 * on the pre-rendered selector pages, and Docusaurus can only hand plugin data to every page (global
 * data, in every page's JavaScript) or to routes the plugin creates itself. A generated module ships
 * only these few entries, only in the selector's own chunk, and keeps the ids as TypeScript literal
 * types, so the model's guide links are checked when compiling. guidePages.test.ts fails when the
 * committed module and the front matter disagree, like the decision table.
 */
import type { Article, ArticleType } from '../content/articles';

/** The kinds of page the selector may link to. */
export const selectorPageTypes: readonly ArticleType[] = ['guide', 'checklist', 'prevention'];

/** The id the model uses for a page: the last part of its slug ("/guides/computer-backup" -> "computer-backup"). */
export function guideIdOf(slug: string): string {
  return slug.slice(slug.lastIndexOf('/') + 1);
}

/** A string literal as Prettier writes it with singleQuote: single quotes unless the text has one. */
function literal(text: string): string {
  if (text.includes("'") && !text.includes('"')) return `"${text}"`;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const quoteKey = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key));

/** The text of src/selector/guidePages.ts for these articles. */
export function guidePagesModule(articles: readonly Article[]): string {
  const pages = articles
    .filter((article) => selectorPageTypes.includes(article.type))
    .sort((a, b) => a.id - b.id);
  const ids = pages.map((page) => guideIdOf(page.slug));
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (repeated.length > 0)
    throw new Error(
      `Two pages the selector links to end in the same slug part: ${repeated.join(', ')}`,
    );
  const entries = pages.flatMap((page, index) => [
    `  ${quoteKey(ids[index])}: {`,
    `    slug: ${literal(page.slug)},`,
    `    title: ${literal(page.title)},`,
    '  },',
  ]);
  return [
    '// Generated from the front matter in docs/ by `npm run selector:guides`: do not edit by hand.',
    '// tooling/selector/guidePages.test.ts fails when this file and the front matter disagree.',
    '',
    '/** The pages the selector links to (guides, the checklist and prevention pages), by id. */',
    'export const guidePages = {',
    ...entries,
    '} as const;',
    '',
  ].join('\n');
}
