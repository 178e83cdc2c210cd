/**
 * Prints, for every page in docs/, its article id, type, prose word count and, for guides, the
 * Flesch-Kincaid grade of its prose (the number the readability test checks). Run with
 * `npm run content:report`.
 */
import { loadDocsPages } from '../tooling/content/docsPages';
import { proseOf, wordCount } from '../tooling/content/mdxText';
import { fleschKincaidGrade, maxGuideGrade } from '../tooling/content/readability';

export interface PageReport {
  file: string;
  id: number;
  type: string;
  words: number;
  /** Only measured for guides, the pages the readability gate covers. */
  grade?: number;
}

export function contentReport(docsDir = 'docs'): PageReport[] {
  return loadDocsPages(docsDir)
    .map((page) => {
      const prose = proseOf(page.body);
      const type = String(page.data.article_type);
      return {
        file: page.file,
        id: Number(page.data.article_id),
        type,
        words: wordCount(prose),
        grade: type === 'guide' ? fleschKincaidGrade(prose) : undefined,
      };
    })
    .sort((a, b) => a.id - b.id);
}

export function formatReport(rows: PageReport[]): string {
  const lines = rows.map(
    (r) =>
      `${String(r.id).padEnd(4)} ${r.type.padEnd(11)} ${String(r.words).padStart(5)}  ${
        r.grade === undefined ? '    ' : r.grade.toFixed(1).padStart(4)
      }  ${r.file}`,
  );
  const total = rows.reduce((sum, r) => sum + r.words, 0);
  return [
    `id   type        words  grade  file   (grade: Flesch-Kincaid, guides only, at most ${maxGuideGrade})`,
    ...lines,
    `${''.padEnd(16)} ${String(total).padStart(5)}  total`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('content-report.ts')) {
  console.log(formatReport(contentReport()));
}
