/** Writes src/selector/guidePages.ts from the front matter in docs/. Run: npm run selector:guides */
import { writeFileSync } from 'node:fs';
import { readArticles } from '../tooling/content/articles';
import { guidePagesModule } from '../tooling/selector/guidePages';

const { articles, problems } = readArticles('docs');
if (problems.length > 0) throw new Error(`Fix docs/ first:\n- ${problems.join('\n- ')}`);
const file = new URL('../src/selector/guidePages.ts', import.meta.url);
writeFileSync(file, guidePagesModule(articles));
console.log(`Wrote ${file.pathname}`);
