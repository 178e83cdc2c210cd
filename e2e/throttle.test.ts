import { describe, expect, it } from 'vitest';
import { parseThrottleRate } from './throttle';

describe('parseThrottleRate', () => {
  it('means no throttling when unset or empty', () => {
    expect(parseThrottleRate(undefined)).toBe(1);
    expect(parseThrottleRate('')).toBe(1);
  });

  it('reads a slowdown factor', () => {
    expect(parseThrottleRate('4')).toBe(4);
    expect(parseThrottleRate('2.5')).toBe(2.5);
  });

  it('refuses a value that is not a slowdown', () => {
    expect(() => parseThrottleRate('fast')).toThrow(/E2E_CPU_THROTTLE/);
    expect(() => parseThrottleRate('0.5')).toThrow(/at least 1/);
  });
});
