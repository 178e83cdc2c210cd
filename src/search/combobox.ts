/**
 * The keyboard of the search box, as the WAI-ARIA combobox pattern (list autocomplete) describes it.
 * Plain TypeScript: the search box component applies what this decides.
 */

export interface ComboboxState {
  open: boolean;
  /** Index of the active (highlighted) option, or -1 when the input itself is active. */
  active: number;
}

export type ComboboxAction =
  /** Follow the active option's link. */
  | 'follow-active'
  /** Open the search page for the query. */
  | 'open-search-page'
  /** Empty the box. */
  | 'clear';

export interface KeyOutcome {
  state: ComboboxState;
  action?: ComboboxAction;
  /** Whether the key is handled here (the browser's default is then prevented). */
  handled: boolean;
}

/**
 * What a key does, given the state and how many options are shown:
 * - Down and Up open the list and move through the options, round from the last to the first;
 * - Enter follows the active option, or opens the search page when none is active;
 * - Escape closes the list, or empties the box when the list is already closed.
 * Any other key is left to the input.
 */
export function keyOutcome(state: ComboboxState, key: string, options: number): KeyOutcome {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (options === 0) return { state: { ...state, open: true }, handled: true };
      const step = key === 'ArrowDown' ? 1 : -1;
      const from = state.open ? state.active : -1;
      const start = step === 1 ? -1 : options;
      const next = from === -1 ? start + step : (from + step + options) % options;
      return { state: { open: true, active: next }, handled: true };
    }
    case 'Enter':
      return state.open && state.active >= 0 && state.active < options
        ? { state: { open: false, active: -1 }, action: 'follow-active', handled: true }
        : { state: { open: false, active: -1 }, action: 'open-search-page', handled: true };
    case 'Escape':
      return state.open
        ? { state: { open: false, active: -1 }, handled: true }
        : { state, action: 'clear', handled: true };
    default:
      return { state, handled: false };
  }
}
