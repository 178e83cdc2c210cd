import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findOutcome } from '@site/src/selector/decide';
import { questions } from '@site/src/selector/model';
import { scenarioNamed, type ScenarioAnswer } from '@site/src/selector/scenarios';
import RecoverySelector from './index';

/** The label a reader clicks for an answer of a scenario. */
const labelOf = ([question, option]: ScenarioAnswer) =>
  questions.find((q) => q.id === question)!.options.find((o) => o.id === option)!.label;

function openAt(url: string) {
  window.history.replaceState(null, '', url);
}

async function choose(label: string | RegExp) {
  await userEvent.click(screen.getByRole('radio', { name: label }));
  await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('RecoverySelector', () => {
  beforeEach(() => openAt('/which-option'));
  afterEach(() => vi.unstubAllGlobals());

  it('asks one question at a time, keeps the answers in the URL and moves focus to the next question', async () => {
    const journey = scenarioNamed(
      'iCloud Photos was on, nothing deleted or hidden, storage was full',
    );
    render(<RecoverySelector />);
    const first = screen.getByRole('group', {
      name: 'Is your iPhone signed in with the same Apple Account as before the restore?',
    });
    expect(within(first).getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByText('How do I check?')).toBeInTheDocument();

    await choose(labelOf(journey.answers[0]));
    expect(window.location.search).toBe('?account=same');
    const heading = screen.getByRole('heading', {
      name: 'Is your iPhone still restoring or downloading photos?',
    });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
      'Is your iPhone still restoring or downloading photos?',
    );

    for (const answer of journey.answers.slice(1)) await choose(labelOf(answer));
    expect(window.location.search).toBe(`?${journey.query}`);
    expect(
      screen.getByRole('heading', {
        name: `Your plan: ${findOutcome(journey.outcome)!.title}`,
      }),
    ).toHaveFocus();
    const plan = screen.getByRole('heading', { name: 'What to try, in this order' })
      .nextElementSibling as HTMLElement;
    expect(
      within(plan)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/guides/icloud-photos-sync#steps',
      '/guides/old-iphone',
      '/guides/icloud-com-and-other-devices#steps',
      '/guides/recently-deleted-and-hidden#steps',
      '/guides/messages-and-shared-albums',
      '/guides/photo-services',
    ]);
    expect(
      screen.getByRole('link', { name: 'Wait for iCloud Photos, or turn it on' }),
    ).toHaveAttribute('href', '/guides/icloud-photos-sync#steps');
    expect(screen.getByText(/Your iCloud storage was full/)).toBeInTheDocument();
  });

  it('asks for an answer before continuing', async () => {
    render(<RecoverySelector />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('Choose one answer, then Continue.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Yes, the same account' })).toHaveFocus();
    expect(window.location.search).toBe('');
  });

  it('changes an answer and keeps the other answers', async () => {
    openAt('/which-option?account=same&restore=finished&icloud-photos=on&deleted=no');
    render(<RecoverySelector />);
    expect(
      screen.getByRole('heading', { name: 'Are the missing photos in your Hidden album?' }),
    ).toBeInTheDocument();
    const answers = screen.getByRole('heading', { name: 'Your answers' }).closest('section')!;
    expect(within(answers).getAllByRole('link', { name: /^Change/ })).toHaveLength(4);

    await userEvent.click(
      within(answers).getByRole('link', {
        name: 'Change your answer to: Is your iPhone still restoring or downloading photos?',
      }),
    );
    expect(window.location.search).toContain('change=restore');
    expect(screen.getByRole('radio', { name: 'No, it has finished' })).toBeChecked();

    // The same answer again: back where we were, with the later answers kept.
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(window.location.search).toBe(
      '?account=same&restore=finished&icloud-photos=on&deleted=no',
    );
    expect(
      screen.getByRole('heading', { name: 'Are the missing photos in your Hidden album?' }),
    ).toHaveFocus();
  });

  it('starts again from the first question', async () => {
    openAt('/which-option?account=different');
    render(<RecoverySelector />);
    expect(
      screen.getByRole('heading', {
        name: 'Your plan: Sign in with the Apple Account you used before',
      }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Start again' }));
    expect(window.location.search).toBe('');
    expect(
      screen.getByRole('heading', {
        name: 'Is your iPhone signed in with the same Apple Account as before the restore?',
      }),
    ).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Your answers' })).not.toBeInTheDocument();
  });

  it('says in one line that part of a bad link was dropped, without showing it, and continues', () => {
    openAt('/which-option?account=same&restore=%3Cscript%3Ealert(1)%3C/script%3E&evil=%3Cb%3Ehi');
    const { container } = render(<RecoverySelector />);
    expect(
      screen.getByText('Part of the link to this page did not make sense, so we left it out.'),
    ).toBeInTheDocument();
    expect(container.innerHTML).not.toMatch(/script|alert|evil|hi</);
    expect(
      screen.getByRole('heading', {
        name: 'Is your iPhone still restoring or downloading photos?',
      }),
    ).toBeInTheDocument();
  });

  it('copies the canonical link to a result, and offers it for a ticket', async () => {
    openAt('/which-option?account=different');
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<RecoverySelector />);
    expect(screen.getByRole('textbox', { name: 'Link to this result' })).toHaveValue(
      'https://photos.example.org/which-option?account=different',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Copy link to this result' }));
    expect(writeText).toHaveBeenCalledWith(
      'https://photos.example.org/which-option?account=different',
    );
    expect(screen.getByText('Link copied.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Copy for ticket/ }));
    expect(writeText).toHaveBeenLastCalledWith(
      [
        'Sign in with the Apple Account you used before',
        'Which option applies to me?',
        'https://photos.example.org/which-option?account=different',
      ].join('\n'),
    );
  });

  it('follows the browser Back button', async () => {
    render(<RecoverySelector />);
    await choose('No, a different account');
    expect(screen.getByRole('heading', { level: 2, name: /Your plan/ })).toBeInTheDocument();
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(
      screen.getByRole('heading', {
        name: 'Is your iPhone signed in with the same Apple Account as before the restore?',
      }),
    ).toHaveFocus();
  });

  it('shows an outcome on its permanent page, with the advice that depends on answers', () => {
    render(<RecoverySelector outcomeId="icloud-photos-sync" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Turn on iCloud Photos and let your library download',
    );
    expect(screen.getByRole('heading', { name: 'It depends' })).toBeInTheDocument();
    expect(screen.getByText(/web access to your data may be off/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Link to this result' })).toHaveValue(
      'https://photos.example.org/which-option/result/icloud-photos-sync',
    );
  });
});
