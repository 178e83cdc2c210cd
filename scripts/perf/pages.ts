/**
 * The representative page of each page type, used by the benchmark and the byte budgets.
 * Everything else is driven from build/ and sitemap.xml.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The guide we measure: article 102, the guide most readers open first. */
export const GUIDE_PAGE = '/guides/icloud-photos-sync';

export type PageType = 'home' | 'guide' | 'faq' | 'selector';

export interface BenchPage {
  type: PageType;
  label: string;
  /** Path on this site. */
  ours: string;
  /** The comparable page on a stock Docusaurus classic site. */
  stock: string;
}

export const benchPages: BenchPage[] = [
  { type: 'home', label: 'Home', ours: '/', stock: '/' },
  { type: 'guide', label: 'Guide', ours: GUIDE_PAGE, stock: '/docs/intro' },
  { type: 'faq', label: 'FAQ', ours: '/faq/after-a-restore', stock: '/docs/intro' },
  { type: 'selector', label: 'Selector', ours: '/which-option', stock: '/docs/intro' },
];

/** The built HTML file for a page path (trailingSlash false: /a/b -> a/b.html; / -> index.html). */
export function htmlFileFor(buildDir: string, path: string): string | undefined {
  const clean = path.replace(/^\/+|\/+$/g, '');
  const candidates = clean
    ? [join(buildDir, `${clean}.html`), join(buildDir, clean, 'index.html')]
    : [join(buildDir, 'index.html')];
  return candidates.find((file) => existsSync(file));
}
