import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fateGroups, photoPlaces } from '@site/src/content/photoPlaces';
import WherePhotosLive from '.';

describe('WherePhotosLive', () => {
  it('is a figure named by its caption', () => {
    render(<WherePhotosLive />);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveAccessibleName(/where your photos can be/i);
  });

  it('shows each group as a labelled region with its places as a list', () => {
    render(<WherePhotosLive />);
    for (const group of fateGroups) {
      const region = screen.getByRole('region', { name: group.title });
      const items = within(region).getAllByRole('listitem');
      const expected = photoPlaces.filter((p) => p.fate === group.fate);
      expect(items).toHaveLength(expected.length);
      expected.forEach((place, i) => {
        expect(items[i]).toHaveTextContent(place.name);
        expect(items[i]).toHaveTextContent(place.whatHappens);
      });
    }
  });

  it('keeps its icons away from screen readers', () => {
    const { container } = render(<WherePhotosLive />);
    const icons = container.querySelectorAll('svg');
    expect(icons.length).toBe(fateGroups.length);
    icons.forEach((icon) => expect(icon).toHaveAttribute('aria-hidden', 'true'));
  });
});
