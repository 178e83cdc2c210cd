import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ArticleFooter from './index';

describe('ArticleFooter', () => {
  it('lists the sources by title and shows the review date and iOS versions', () => {
    render(
      <ArticleFooter
        sources={['https://support.apple.com/en-us/108782']}
        lastReviewed="2026-11-26"
        appliesTo={['iOS 17', 'iOS 18']}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Apple Support: Set up and use iCloud Photos' }),
    ).toHaveAttribute('href', 'https://support.apple.com/en-us/108782');
    expect(screen.getByText('26 November 2026')).toHaveAttribute('datetime', '2026-11-26');
    expect(screen.getByText(/Applies to: iOS 17, iOS 18/)).toBeInTheDocument();
  });
});
