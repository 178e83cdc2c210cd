/**
 * npm run asked-as: writes each page's `asked_as` front matter from data/asked-as-sources.json (the
 * phrasings readers used, each with its public source; docs-dev/content.md, "asked_as").
 * Keys whose page or answer does not exist yet are listed and left for a later run. The unit test
 * plugins/search-index/askedAs.test.ts fails while the two disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../tooling/content/articles';
import {
  askedAsYaml,
  wantedAskedAs,
  withAskedAsBlock,
  type AskedAsSources,
} from '../plugins/search-index/askedAs';

const docsDir = 'docs';
const sources = JSON.parse(readFileSync('data/asked-as-sources.json', 'utf8')) as AskedAsSources;
const { articles } = readArticles(docsDir);
const { bySlug, waiting } = wantedAskedAs(sources, (slug, key) =>
  articles.some(
    (article) =>
      article.slug === slug &&
      (key === 'page' || article.headings.some((heading) => heading.anchor === key)),
  ),
);
let changed = 0;
for (const article of articles) {
  const file = join(docsDir, article.file);
  const before = readFileSync(file, 'utf8');
  const after = withAskedAsBlock(before, askedAsYaml(bySlug.get(article.slug) ?? {}));
  if (after !== before) {
    writeFileSync(file, after);
    changed += 1;
  }
}
console.log(`asked_as written on ${changed} page(s).`);
if (waiting.length > 0) console.log(`Waiting for pages or answers: ${waiting.join(', ')}`);
