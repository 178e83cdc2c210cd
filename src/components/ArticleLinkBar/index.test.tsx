import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ArticleLinkBar from './index';

describe('ArticleLinkBar', () => {
  it('shows the article ID, the page link for readers without JavaScript, and the copy buttons', () => {
    render(
      <ArticleLinkBar
        article={{
          id: 104,
          type: 'guide',
          title: 'iCloud.com, other devices, Mac and Windows',
          path: '/guides/icloud-com-and-other-devices',
          url: 'https://photos.example.org/guides/icloud-com-and-other-devices',
        }}
      />,
    );
    expect(screen.getByText('Article 104')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'photos.example.org/guides/icloud-com-and-other-devices' }),
    ).toHaveAttribute('href', '/guides/icloud-com-and-other-devices');
    expect(screen.getByRole('button', { name: 'Copy link to this article' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Copy for ticket (this article)' }),
    ).toBeInTheDocument();
  });
});
