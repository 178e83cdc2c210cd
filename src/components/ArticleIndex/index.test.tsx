import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgentsPageArticle } from '@site/plugins/article-links/articleIndex';
import ArticleIndex from './index';

const articles: AgentsPageArticle[] = [
  {
    id: 105,
    title: 'Restore from a computer backup',
    type: 'guide',
    path: '/guides/computer-backup',
    lastReviewed: '2026-11-26',
    answers: [],
    sections: [{ text: 'Steps', level: 2, anchor: 'steps' }],
  },
  {
    id: 121,
    title: 'FAQ: photos after a restore',
    type: 'faq',
    path: '/faq/after-a-restore',
    lastReviewed: '2026-11-26',
    answers: [{ text: 'Why are my photos blurry?', anchor: 'photos-blurry' }],
    sections: [],
  },
];

describe('ArticleIndex', () => {
  it('lists every article with its ID, type, review date, links and copy buttons', () => {
    render(<ArticleIndex articles={articles} />);
    const guide = screen.getByRole('region', {
      name: 'Article 105: Restore from a computer backup',
    });
    expect(within(guide).getByText(/Recovery guide · Last reviewed/)).toBeInTheDocument();
    expect(within(guide).getByText('26 November 2026')).toHaveAttribute('datetime', '2026-11-26');
    expect(
      within(guide).getByRole('link', {
        name: 'https://photos.example.org/guides/computer-backup',
      }),
    ).toHaveAttribute('href', '/guides/computer-backup');
    expect(
      within(guide).getByRole('link', { name: 'https://photos.example.org/kb/105' }),
    ).toHaveAttribute('href', 'pathname:///kb/105');
    expect(
      within(guide).getByRole('button', { name: 'Copy link to article 105' }),
    ).toBeInTheDocument();
    expect(within(guide).getByText('Sections (1)')).toBeInTheDocument();
    expect(within(guide).getByRole('link', { name: 'Steps' })).toHaveAttribute(
      'href',
      '/guides/computer-backup#steps',
    );
    expect(
      within(guide).getByRole('button', { name: 'Copy for ticket (the section “Steps”)' }),
    ).toBeInTheDocument();
  });

  it('lists the answers of an FAQ page', () => {
    render(<ArticleIndex articles={articles} />);
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
