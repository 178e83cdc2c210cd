import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import CodeBlock from './index';

describe('CodeBlock', () => {
  it('shows the text as it is, in a keyboard-scrollable block, with its title', () => {
    render(
      <CodeBlock title="Path on a Mac" className="language-text">
        {'~/Library/Application Support/MobileSync/Backup'}
      </CodeBlock>,
    );
    const block = screen.getByText('~/Library/Application Support/MobileSync/Backup');
    expect(block.tagName).toBe('CODE');
    expect(block.parentElement).toHaveAttribute('tabindex', '0');
    expect(block.parentElement).toHaveClass('language-text');
    expect(screen.getByText('Path on a Mac').tagName).toBe('FIGCAPTION');
  });
});
