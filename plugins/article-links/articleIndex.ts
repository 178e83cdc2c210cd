/**
 * The article index: what build/articles.json holds for help-desk tools, and what the agents' page
 * lists. Built from the articles' front matter and headings; documented in docs-dev/links.md
 * ("articles.json for help-desk tools") and described by schemas/articles.schema.json.
 */
import { absoluteUrl, shortLinkPath, siteRoot, withBaseUrl } from '../../src/links/urls';
import { resultPath } from '../../src/selector/codec';
import { outcomes } from '../../src/selector/model';
import type { Article, ArticleHeading, ArticleType } from '../../tooling/content/articles';

export interface IndexedAnswer {
  question: string;
  anchor: string;
  url: string;
}

export interface IndexedSection {
  heading: string;
  level: 2 | 3;
  anchor: string;
  url: string;
}

export interface IndexedArticle {
  id: number;
  title: string;
  description: string;
  type: ArticleType;
  url: string;
  shortUrl: string;
  lastReviewed: string;
  keywords: string[];
  /** FAQ pages: one entry per question (`##`). Empty for other pages. */
  answers: IndexedAnswer[];
  /** Linkable sections: every `##` and `###` heading (on FAQ pages, the `###` under answers). */
  sections: IndexedSection[];
}

export interface SelectorResult {
  /** The outcome id, the last part of the address. */
  outcome: string;
  title: string;
  url: string;
}

export interface ArticleIndex {
  format: 'photo-recovery-guide/articles';
  version: 1;
  site: { title: string; url: string };
  articles: IndexedArticle[];
  selectorResults: SelectorResult[];
}

export interface SiteAddress {
  title: string;
  /** siteConfig.url, e.g. "https://photos.example.org". */
  url: string;
  /** siteConfig.baseUrl, e.g. "/". */
  baseUrl: string;
}

/**
 * An article's headings, split the way readers use them: on an FAQ page each `##` is an answer and the
 * `###`s are its sections; on other pages every heading is a section.
 */
export function answersAndSections(article: Article): {
  answers: ArticleHeading[];
  sections: ArticleHeading[];
} {
  const isFaq = article.type === 'faq';
  return {
    answers: isFaq ? article.headings.filter((heading) => heading.level === 2) : [],
    sections: article.headings.filter((heading) => !isFaq || heading.level === 3),
  };
}

export function indexArticle(article: Article, site: SiteAddress): IndexedArticle {
  const page = withBaseUrl(site.baseUrl, article.slug);
  const linkTo = (anchor: string) => absoluteUrl(site.url, page, anchor);
  const { answers, sections } = answersAndSections(article);
  return {
    id: article.id,
    title: article.title,
    description: article.description,
    type: article.type,
    url: absoluteUrl(site.url, page),
    shortUrl: absoluteUrl(site.url, withBaseUrl(site.baseUrl, shortLinkPath(article.id))),
    lastReviewed: article.lastReviewed,
    keywords: article.keywords,
    answers: answers.map((heading) => ({
      question: heading.text,
      anchor: heading.anchor,
      url: linkTo(heading.anchor),
    })),
    sections: sections.map((heading) => ({
      heading: heading.text,
      level: heading.level,
      anchor: heading.anchor,
      url: linkTo(heading.anchor),
    })),
  };
}

export function buildArticleIndex(
  articles: Article[],
  site: SiteAddress,
  selectorResults: SelectorResult[] = [],
): ArticleIndex {
  return {
    format: 'photo-recovery-guide/articles',
    version: 1,
    site: { title: site.title, url: siteRoot(site.url, site.baseUrl) },
    articles: articles.map((article) => indexArticle(article, site)),
    selectorResults,
  };
}

/** What the agents' page lists: only what it shows. Links are built in the browser from the site config. */
export interface AgentsPageArticle {
  id: number;
  title: string;
  type: ArticleType;
  /** The page's path inside the site, base URL not included, e.g. "/guides/computer-backup". */
  path: string;
  lastReviewed: string;
  answers: { anchor: string; text: string }[];
  sections: { anchor: string; text: string; level: 2 | 3 }[];
}

/**
 * The agents' page data, smaller than articles.json (the page ships it as JavaScript): no
 * descriptions, keywords or absolute URLs.
 */
export function agentsPageData(articles: Article[]): AgentsPageArticle[] {
  return articles.map((article) => {
    const { answers, sections } = answersAndSections(article);
    return {
      id: article.id,
      title: article.title,
      type: article.type,
      path: article.slug,
      lastReviewed: article.lastReviewed,
      answers: answers.map(({ anchor, text }) => ({ anchor, text })),
      sections: sections.map(({ anchor, text, level }) => ({ anchor, text, level })),
    };
  });
}

/**
 * The selector's results, each with its permanent page (/which-option/result/<outcome-id>, pre-rendered
 * by plugins/selector-pages), titled as the model titles them, sorted by outcome id.
 */
export function selectorResults(site: SiteAddress): SelectorResult[] {
  return [...outcomes]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((outcome) => ({
      outcome: outcome.id,
      title: outcome.title,
      url: absoluteUrl(site.url, withBaseUrl(site.baseUrl, resultPath(outcome.id))),
    }));
}
