/**
 * Reads and repairs the plugin's search dropdown in the DOM. The dropdown is built by autocomplete.js,
 * outside React; we rely only on its ARIA roles (a combobox input and a listbox of options), which it must
 * keep for screen readers, not on its generated class names.
 */

/** The dropdown (role="listbox") when it is open for a non-empty query and lists no result; else null. */
export function dropdownShowingNoResults(searchBar: Element): HTMLElement | null {
  const input = searchBar.querySelector('input');
  const listbox = searchBar.querySelector<HTMLElement>('[role="listbox"]');
  if (!input || !listbox || !input.value.trim()) return null;
  if (listbox.style.display === 'none' || listbox.hidden) return null;
  return listbox.querySelector('[role="option"]') ? null : listbox;
}

/**
 * Fixes what the plugin's search bar gets wrong for assistive technology and for shared links:
 * - the combobox names the listbox it controls (ARIA 1.2 wants aria-controls; autocomplete.js sets aria-owns);
 * - the clear button gets a name and is not a submit button;
 * - the "See all results" link, which keyboard and screen reader users cannot reach inside the listbox
 *   (they press Enter instead), is hidden from the accessibility tree, and points at /search?q=...
 *   instead of /search/?q=..., an address that is not a page on a static host.
 */
export function repairSearchBar(searchBar: Element, searchPagePath: string): void {
  const input = searchBar.querySelector('input[role="combobox"]');
  const owns = input?.getAttribute('aria-owns');
  if (input && owns && input.getAttribute('aria-controls') !== owns) {
    input.setAttribute('aria-controls', owns);
  }
  for (const button of searchBar.querySelectorAll('button:not([aria-label])')) {
    button.setAttribute('aria-label', 'Clear search');
    button.setAttribute('type', 'button');
  }
  for (const link of searchBar.querySelectorAll<HTMLAnchorElement>('[role="listbox"] a[href]')) {
    link.setAttribute('aria-hidden', 'true');
    link.tabIndex = -1;
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith(`${searchPagePath}/?`)) {
      link.setAttribute('href', searchPagePath + href.slice(searchPagePath.length + 1));
    }
  }
}
