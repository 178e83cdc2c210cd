import { describe, expect, it } from 'vitest';
import { dropdownShowingNoResults, repairSearchBar } from './dropdown';

function searchBar(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('dropdownShowingNoResults', () => {
  it('finds the open dropdown when it lists no option', () => {
    const bar = searchBar(
      '<input value="zzz"><span role="listbox" style="display: block"><div><span>No results</span></div></span>',
    );
    expect(dropdownShowingNoResults(bar)).toBe(bar.querySelector('[role="listbox"]'));
  });

  it('ignores a dropdown with results', () => {
    const bar = searchBar(
      '<input value="backup"><span role="listbox" style="display: block"><div role="option">A</div></span>',
    );
    expect(dropdownShowingNoResults(bar)).toBeNull();
  });

  it('ignores a closed dropdown, an empty query and a search bar not set up yet', () => {
    expect(
      dropdownShowingNoResults(
        searchBar('<input value="zzz"><span role="listbox" style="display: none"></span>'),
      ),
    ).toBeNull();
    expect(
      dropdownShowingNoResults(
        searchBar('<input value="  "><span role="listbox" style="display: block"></span>'),
      ),
    ).toBeNull();
    expect(dropdownShowingNoResults(searchBar('<input value="zzz">'))).toBeNull();
  });
});

describe('repairSearchBar', () => {
  const html =
    '<input role="combobox" aria-owns="list-0" value="pics"><button>✕</button>' +
    '<span role="listbox" id="list-0"><div role="option">A</div>' +
    '<div><a href="/search/?q=pics">See all results</a></div></span>';

  it('names the listbox the combobox controls, and the clear button', () => {
    const bar = searchBar(html);
    repairSearchBar(bar, '/search');
    expect(bar.querySelector('input')).toHaveAttribute('aria-controls', 'list-0');
    expect(bar.querySelector('button')).toHaveAccessibleName('Clear search');
    expect(bar.querySelector('button')).toHaveAttribute('type', 'button');
  });

  it('hides the "See all results" link from assistive technology and fixes its address', () => {
    const bar = searchBar(html);
    repairSearchBar(bar, '/search');
    const link = bar.querySelector('a')!;
    expect(link).toHaveAttribute('href', '/search?q=pics');
    expect(link).toHaveAttribute('aria-hidden', 'true');
    expect(link.tabIndex).toBe(-1);
  });

  it('keeps the base URL and is safe to run again', () => {
    const bar = searchBar(html.replace('/search/?q=pics', '/help/search/?q=pics'));
    repairSearchBar(bar, '/help/search');
    repairSearchBar(bar, '/help/search');
    expect(bar.querySelector('a')).toHaveAttribute('href', '/help/search?q=pics');
  });
});
