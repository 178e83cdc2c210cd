/**
 * The representative page of each page type, used by the benchmark and the byte budgets.
 * Everything else is driven from build/ and sitemap.xml.
 */
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
