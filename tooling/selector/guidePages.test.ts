import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../content/articles';
import { guideIdOf, guidePagesModule } from './guidePages';

const { articles } = readArticles('docs');

describe("the selector's guide pages", () => {
  it('match the front matter in docs/ (after a change there, run `npm run selector:guides`)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', 'src', 'selector', 'guidePages.ts'),
      'utf8',
    );
    expect(committed).toBe(guidePagesModule(articles));
  });

  it('take the last part of the slug as the id, and refuse two pages with the same one', () => {
    expect(guideIdOf('/prevent/before-you-restore')).toBe('before-you-restore');
    const page = articles.find((article) => article.type === 'guide')!;
    expect(() =>
      guidePagesModule([page, { ...page, id: 999, slug: `/other${page.slug}` }]),
    ).toThrow(/same slug part/);
  });
});
