import { describe, expect, it } from 'vitest';
import { keyOutcome } from './combobox';

const closed = { open: false, active: -1 };
const open = (active: number) => ({ open: true, active });

describe('keyOutcome', () => {
  it('moves down through the options, round from the last to the first', () => {
    expect(keyOutcome(closed, 'ArrowDown', 3).state).toEqual(open(0));
    expect(keyOutcome(open(0), 'ArrowDown', 3).state).toEqual(open(1));
    expect(keyOutcome(open(2), 'ArrowDown', 3).state).toEqual(open(0));
  });

  it('moves up, from the input to the last option', () => {
    expect(keyOutcome(open(-1), 'ArrowUp', 3).state).toEqual(open(2));
    expect(keyOutcome(open(1), 'ArrowUp', 3).state).toEqual(open(0));
    expect(keyOutcome(open(0), 'ArrowUp', 3).state).toEqual(open(2));
  });

  it('opens an empty list without choosing anything', () => {
    expect(keyOutcome(closed, 'ArrowDown', 0)).toEqual({ state: open(-1), handled: true });
  });

  it('follows the active option on Enter, else opens the search page', () => {
    expect(keyOutcome(open(1), 'Enter', 3)).toMatchObject({ action: 'follow-active' });
    expect(keyOutcome(open(-1), 'Enter', 3)).toMatchObject({ action: 'open-search-page' });
    expect(keyOutcome(closed, 'Enter', 0)).toMatchObject({ action: 'open-search-page' });
  });

  it('closes on Escape, and empties the box when already closed', () => {
    expect(keyOutcome(open(1), 'Escape', 3)).toEqual({ state: closed, handled: true });
    expect(keyOutcome(closed, 'Escape', 3)).toEqual({
      state: closed,
      action: 'clear',
      handled: true,
    });
  });

  it('leaves other keys to the input', () => {
    expect(keyOutcome(open(1), 'a', 3)).toEqual({ state: open(1), handled: false });
  });
});
