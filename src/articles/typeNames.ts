/** What each `article_type` is called where a page is listed: the agents' page, search results. */
const typeNames: Record<string, string> = {
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
  return typeNames[type] ?? type;
}
