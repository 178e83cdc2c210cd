/**
 * Reads E2E_CPU_THROTTLE: how many times slower than the machine the pages' CPU runs (Chromium's
 * Emulation.setCPUThrottlingRate). Unset or empty means no throttling (rate 1).
 */
export function parseThrottleRate(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate < 1) {
    throw new Error(
      `E2E_CPU_THROTTLE must be a number of at least 1 (a slowdown factor), not "${value}"`,
    );
  }
  return rate;
}
