import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IndexedArticle } from '@site/plugins/article-links/articleIndex';
import ArticleIndex from './index';

const articles: IndexedArticle[] = [
  {
    id: 105,
    title: 'Restore from a computer backup',
    description: 'x',
    type: 'guide',
    url: 'https://photos.example.org/help/guides/computer-backup',
    shortUrl: 'https://photos.example.org/help/kb/105',
    lastReviewed: '2026-11-26',
    keywords: [],
    answers: [],
    sections: [
      {
        heading: 'Steps',
        level: 2,
        anchor: 'steps',
        url: 'https://photos.example.org/help/guides/computer-backup#steps',
      },
    ],
  },
  {
    id: 121,
    title: 'FAQ: photos after a restore',
    description: 'x',
    type: 'faq',
    url: 'https://photos.example.org/help/faq/after-a-restore',
    shortUrl: 'https://photos.example.org/help/kb/121',
    lastReviewed: '2026-11-26',
    keywords: [],
    answers: [
      {
        question: 'Why are my photos blurry?',
        anchor: 'photos-blurry',
        url: 'https://photos.example.org/help/faq/after-a-restore#photos-blurry',
      },
    ],
    sections: [],
  },
];

describe('ArticleIndex', () => {
  it('lists every article with its ID, type, review date, links and copy buttons', () => {
    render(<ArticleIndex index={{ articles }} />);
    const guide = screen.getByRole('region', {
      name: 'Article 105: Restore from a computer backup',
    });
    expect(within(guide).getByText(/Recovery guide · Last reviewed/)).toBeInTheDocument();
    expect(within(guide).getByText('26 November 2026')).toHaveAttribute('datetime', '2026-11-26');
    expect(
      within(guide).getByRole('link', {
        name: 'https://photos.example.org/help/guides/computer-backup',
      }),
    ).toHaveAttribute('href', '/help/guides/computer-backup');
    expect(
      within(guide).getByRole('link', { name: 'https://photos.example.org/help/kb/105' }),
    ).toHaveAttribute('href', 'pathname:///help/kb/105');
    expect(
      within(guide).getByRole('button', { name: 'Copy link to article 105' }),
    ).toBeInTheDocument();
    expect(within(guide).getByText('Sections (1)')).toBeInTheDocument();
    expect(within(guide).getByRole('link', { name: 'Steps' })).toHaveAttribute(
      'href',
      '/help/guides/computer-backup#steps',
    );
    expect(
      within(guide).getByRole('button', { name: 'Copy for ticket (the section “Steps”)' }),
    ).toBeInTheDocument();
  });

  it('lists the answers of an FAQ page', () => {
    render(<ArticleIndex index={{ articles }} />);
    const faq = screen.getByRole('region', { name: 'Article 121: FAQ: photos after a restore' });
    expect(within(faq).getByText('Answers (1)')).toBeInTheDocument();
    expect(within(faq).queryByText(/^Sections/)).toBeNull();
    expect(
      within(faq).getByRole('button', {
        name: 'Copy link to the answer “Why are my photos blurry?”',
      }),
    ).toBeInTheDocument();
  });
});
