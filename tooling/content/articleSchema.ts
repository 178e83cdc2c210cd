/**
 * The article schema: the one definition of a page's front matter in docs/. Everything else derives
 * from it:
 *
 * - the build (plugins/article-links, through ./articles.ts) parses every page with it and stops on a
 *   page that does not fit, so short links, articles.json and the agents' page only see valid data;
 * - the content checks (./frontMatter.ts) run it first, then the editorial rules a shape cannot say;
 * - browser code (src/theme/DocItem/*, ArticleIndex, the selector) imports only its TYPES
 *   (`import type`): zod never ships to readers. ESLint enforces this for src/, and the budgets spec
 *   checks that no zod code reaches build/assets;
 * - schemas/articles.schema.json's list of types is checked against `articleTypes` by a unit test.
 *
 * Field names are the front matter's own (snake_case), as writers type them.
 */
import * as z from 'zod';

/** The kinds of page. Adding one: also add its name in src/components/ArticleIndex. */
export const articleTypes = [
  'guide',
  'explainer',
  'checklist',
  'prevention',
  'faq',
  'glossary',
  'overview',
  'selector',
  'selector-logic',
  'agents',
] as const;

export type ArticleType = (typeof articleTypes)[number];

export const maxDescriptionLength = 160;

/** A heading id or `asked_as` key: lower-case words joined by dashes. */
export const anchorPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "is missing." when the field is absent, else the rule with the value that broke it. */
const rule = (text: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? 'is missing.' : `${text}, not ${JSON.stringify(issue.input)}.`,
});

const text = z.string(rule('must be text')).trim().min(1, 'is missing.');

/**
 * A day as YYYY-MM-DD. YAML reads an unquoted date as a Date (midnight UTC); both forms give the
 * ISO day.
 */
const isoDay = z
  .union([
    z.iso.date(rule('must be a date such as 2026-11-26')),
    z.date(rule('must be a date such as 2026-11-26')),
  ])
  .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/**
 * How people ask for this page, in their own words, for the search to match (never shown on the page).
 * Keys are `page` (the page as a whole) or the id of a heading on the page; ./articles.ts checks that
 * each heading id exists.
 */
export const askedAsSchema = z.record(
  z.string().regex(anchorPattern),
  z.array(z.string().trim().min(1, 'phrasings must not be empty')).min(1, 'lists no phrasing'),
);

export const articleFrontMatterSchema = z
  .object({
    title: text,
    description: text.max(
      maxDescriptionLength,
      `must be at most ${maxDescriptionLength} characters`,
    ),
    slug: z
      .string(rule('must be a path such as /guides/computer-backup'))
      .regex(/^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/, {
        error: (issue) =>
          `must be a path such as /guides/computer-backup (lower-case words and dashes, not ending in "/"), not ${JSON.stringify(issue.input)}.`,
      }),
    article_id: z.number(rule('must be a positive whole number')).int().positive(),
    article_type: z.enum(articleTypes, rule(`must be one of ${articleTypes.join(', ')}`)),
    last_reviewed: isoDay,
    applies_to: z.array(text, rule('must list the iOS versions')).min(1, 'must not be empty.'),
    sources: z
      .array(z.url({ protocol: /^https$/, ...rule('must be an https address') }), rule('must list'))
      .min(1, 'must list at least one help page.'),
    keywords: z.array(text, rule('must be a list of words')).optional(),
    asked_as: askedAsSchema.optional(),
    // Docusaurus's own keys that our pages use: Docusaurus checks their values.
    sidebar_label: z.string().optional(),
    sidebar_position: z.number().optional(),
    draft: z.boolean().optional(),
  })
  .strict();

/** A page's front matter after parsing: dates are ISO strings. */
export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;

/**
 * The front matter as Docusaurus hands it to the page in the browser (`useDoc().frontMatter`):
 * validated at build time, but not transformed, so a YAML date may still be a Date (or its JSON string).
 */
export type ArticleFrontMatterInput = z.input<typeof articleFrontMatterSchema>;

export type AskedAs = z.output<typeof askedAsSchema>;

/** Parses front matter; problems are sentences such as `"slug" must be a path ..., not "x".`. */
export function parseFrontMatter(
  data: unknown,
):
  | { frontMatter: ArticleFrontMatter; problems: [] }
  | { frontMatter?: undefined; problems: string[] } {
  const result = articleFrontMatterSchema.safeParse(data);
  if (result.success) return { frontMatter: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys')
        return `"${issue.keys.join('", "')}" is not a front matter field we know (a typo?).`;
      if (issue.code === 'invalid_key')
        return `"${issue.path.join('.')}": keys must be "page" or a heading id such as photos-blurry.`;
      return `"${issue.path.join('.')}" ${issue.message}`;
    }),
  };
}

/** `asked_as` keys that are neither `page` nor a heading id of the page. */
export function askedAsProblems(askedAs: AskedAs | undefined, headingIds: string[]): string[] {
  return Object.keys(askedAs ?? {})
    .filter((key) => key !== 'page' && !headingIds.includes(key))
    .map(
      (key) => `"asked_as" key "${key}" is neither "page" nor the id of a heading on this page.`,
    );
}
