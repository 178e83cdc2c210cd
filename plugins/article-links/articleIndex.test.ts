import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../tooling/content/articles';
import { articleTypes } from '../../tooling/content/articleSchema';
import { outcomes } from '../../src/selector/model';
import { agentsPageData, buildArticleIndex, selectorResults } from './articleIndex';

const site = {
  title: 'Photo Recovery Guide',
  url: 'https://photos.example.org',
  baseUrl: '/help/',
};

const faq: Article = {
  file: 'faq/after-a-restore.mdx',
  id: 121,
  type: 'faq',
  title: 'FAQ: photos after a restore',
  description: 'Short answers.',
  slug: '/faq/after-a-restore',
  lastReviewed: '2026-11-26',
  keywords: ['blurry'],
  askedAs: {},
  headings: [
    { level: 2, anchor: 'photos-blurry', text: 'Why are my photos blurry?' },
    { level: 3, anchor: 'on-a-mac', text: 'On a Mac' },
    { level: 2, anchor: 'how-long', text: 'How long does it take?' },
  ],
};

const guide: Article = {
  ...faq,
  file: 'guides/computer-backup.mdx',
  id: 105,
  type: 'guide',
  title: 'Restore from a computer backup',
  slug: '/guides/computer-backup',
  headings: [
    { level: 2, anchor: 'steps', text: 'Steps' },
    { level: 3, anchor: 'mac', text: 'On a Mac' },
  ],
};

function validator() {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync('schemas/articles.schema.json', 'utf8')));
}

describe('buildArticleIndex', () => {
  const index = buildArticleIndex([guide, faq], site, [
    {
      outcome: 'wait-for-sync',
      title: 'Wait for iCloud Photos',
      url: 'https://photos.example.org/help/which-option/result/wait-for-sync',
    },
  ]);

  it('gives each article its absolute, short and anchor links under the base URL', () => {
    expect(index.site).toEqual({
      title: 'Photo Recovery Guide',
      url: 'https://photos.example.org/help/',
    });
    const [first, second] = index.articles;
    expect(first).toMatchObject({
      id: 105,
      url: 'https://photos.example.org/help/guides/computer-backup',
      shortUrl: 'https://photos.example.org/help/kb/105',
      answers: [],
      sections: [
        {
          heading: 'Steps',
          level: 2,
          anchor: 'steps',
          url: 'https://photos.example.org/help/guides/computer-backup#steps',
        },
        { heading: 'On a Mac', level: 3, anchor: 'mac' },
      ],
    });
    expect(second.answers).toEqual([
      {
        question: 'Why are my photos blurry?',
        anchor: 'photos-blurry',
        url: 'https://photos.example.org/help/faq/after-a-restore#photos-blurry',
      },
      {
        question: 'How long does it take?',
        anchor: 'how-long',
        url: 'https://photos.example.org/help/faq/after-a-restore#how-long',
      },
    ]);
    expect(second.sections.map((section) => section.anchor)).toEqual(['on-a-mac']);
  });

  it('matches the published JSON Schema', () => {
    const validate = validator();
    expect(validate(index), JSON.stringify(validate.errors)).toBe(true);
  });

  it('publishes the article types of the article schema, no more and no fewer', () => {
    const schema = JSON.parse(readFileSync('schemas/articles.schema.json', 'utf8'));
    expect(schema.$defs.article.properties.type.enum).toEqual([...articleTypes]);
  });

  it('has a schema that rejects what tools could not use', () => {
    const validate = validator();
    const broken = structuredClone(index) as unknown as { articles: Record<string, unknown>[] };
    broken.articles[0].id = '105';
    broken.articles[1].shortUrl = 'https://photos.example.org/faq';
    delete broken.articles[1].lastReviewed;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.message}`)).toEqual([
      '/articles/0/id must be integer',
      "/articles/1 must have required property 'lastReviewed'",
      '/articles/1/shortUrl must match pattern "/kb/[0-9]+$"',
    ]);
  });
});

describe('agentsPageData', () => {
  it('keeps only what the agents page shows: FAQ questions as answers, other headings as sections', () => {
    expect(agentsPageData([faq])).toEqual([
      {
        id: 121,
        title: 'FAQ: photos after a restore',
        type: 'faq',
        path: '/faq/after-a-restore',
        lastReviewed: '2026-11-26',
        answers: [
          { anchor: 'photos-blurry', text: 'Why are my photos blurry?' },
          { anchor: 'how-long', text: 'How long does it take?' },
        ],
        sections: [{ anchor: 'on-a-mac', text: 'On a Mac', level: 3 }],
      },
    ]);
  });
});

describe('selectorResults', () => {
  it("lists every outcome's permanent page, titled from the model, sorted by id", () => {
    const results = selectorResults(site);
    expect(results.map((result) => result.outcome)).toEqual(outcomes.map((o) => o.id).sort());
    expect(results).toContainEqual({
      outcome: 'nothing-applies',
      title: "The photos can't be read back from the iPhone",
      url: 'https://photos.example.org/help/which-option/result/nothing-applies',
    });
  });
});
