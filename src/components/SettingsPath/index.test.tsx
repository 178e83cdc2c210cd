import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import SettingsPath from './index';

describe('SettingsPath', () => {
  it('shows the path with ">" and tells screen readers "then"', () => {
    const { container } = render(<SettingsPath path="Settings > [your name] > iCloud > Photos" />);
    const strong = container.querySelector('strong')!;
    const hidden = [...strong.querySelectorAll('[aria-hidden="true"]')].map((el) => el.textContent);
    expect(hidden).toEqual([' > ', ' > ', ' > ']);
    expect(strong.textContent).toBe(
      'Settings > , then [your name] > , then iCloud > , then Photos',
    );
  });
});
