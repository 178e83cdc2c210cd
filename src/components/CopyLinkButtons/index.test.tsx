import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CopyOutcome } from '@site/src/links/clipboard';
import CopyLinkButtons from './index';

const url = 'https://photos.example.org/faq/after-a-restore#photos-blurry';
const ticket = `Why are my photos blurry?\nFAQ: photos after a restore (Article 121)\n${url}`;

function setup(outcome: CopyOutcome = 'copied') {
  const copy = vi.fn(async (_text: string) => outcome);
  render(<CopyLinkButtons url={url} ticketText={ticket} subject="this article" copy={copy} />);
  return { copy, user: userEvent.setup() };
}

describe('CopyLinkButtons', () => {
  it('are real buttons whose names say what they copy', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Copy link to this article' })).toHaveAttribute(
      'type',
      'button',
    );
    expect(screen.getByRole('button', { name: 'Copy for ticket (this article)' })).toBeVisible();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('copy the link and confirm it in the live region', async () => {
    const { copy, user } = setup();
    await user.click(screen.getByRole('button', { name: /copy link/i }));
    expect(copy).toHaveBeenCalledWith(url);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('copy the ticket text from the keyboard', async () => {
    const { copy, user } = setup();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: /copy for ticket/i })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(copy).toHaveBeenCalledWith(ticket);
    expect(screen.getByRole('status')).toHaveTextContent('Copied for a ticket');
  });

  it('show the text selected in a labelled field when the browser blocks copying', async () => {
    const { user } = setup('manual');
    await user.click(screen.getByRole('button', { name: /copy for ticket/i }));
    const field = screen.getByRole('textbox', { name: 'Text to copy' });
    expect(field).toHaveValue(ticket);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    const textarea = field as HTMLTextAreaElement;
    expect(textarea.selectionStart).toBe(0);
    expect(textarea.selectionEnd).toBe(ticket.length);
    expect(screen.getByRole('status')).toHaveTextContent('copy it by hand');
  });
});
