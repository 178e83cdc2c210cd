import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Home from './index';

describe('home page', () => {
  it('says what the site is for and offers three ways in', () => {
    render(<Home />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Photos missing after an iCloud restore?',
    );
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringContaining('Find the option that applies to me'),
      expect.stringContaining('Browse the recovery guides'),
      expect.stringContaining('Read the FAQ'),
    ]);
    expect(screen.getByRole('link', { name: /browse the recovery guides/i })).toHaveAttribute(
      'href',
      '/guides',
    );
    expect(screen.getByRole('link', { name: /read the faq/i })).toHaveAttribute('href', '/faq');
  });
});
