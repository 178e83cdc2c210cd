import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SearchHelp from './index';

describe('SearchHelp', () => {
  it('offers the selector and the list of FAQ questions after its lead sentence', () => {
    render(<SearchHelp lead="Try other words, or:" />);
    expect(screen.getByText('Try other words, or:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Which option applies to me?' })).toHaveAttribute(
      'href',
      '/which-option',
    );
    expect(screen.getByRole('link', { name: 'All FAQ questions' })).toHaveAttribute('href', '/faq');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Which option applies to me? A few questions point you to the right guide.',
      'All FAQ questions Every question we answer, in one list.',
    ]);
  });

  it('tells its host when the reader follows a link', async () => {
    const onNavigate = vi.fn();
    const stayHere = (event: Event) => event.preventDefault(); // jsdom cannot navigate
    document.addEventListener('click', stayHere);
    render(<SearchHelp lead="Try:" onNavigate={onNavigate} />);
    await userEvent.click(screen.getByRole('link', { name: 'All FAQ questions' }));
    document.removeEventListener('click', stayHere);
    expect(onNavigate).toHaveBeenCalledTimes(1);
  });
});
