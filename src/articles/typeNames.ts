import type { ArticleType } from '../../tooling/content/articleSchema';

/**
 * What each `article_type` is called where a page is listed: the agents' page, search results. Every
 * type of the article schema needs a name (tsc checks it).
 */
const typeNames: Record<ArticleType, string> = {
  guide: 'Recovery guide',
  explainer: 'Explainer',
  checklist: 'Checklist',
  prevention: 'Prevention guide',
  faq: 'FAQ',
  glossary: 'Glossary',
  overview: 'Overview',
  selector: 'Selector',
  'selector-logic': 'Selector explained',
  agents: 'For support agents',
};

export function typeName(type: string): string {
  return (typeNames as Record<string, string>)[type] ?? type;
}
