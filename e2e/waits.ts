/**
 * The one limit for every wait for a condition in the e2e suite: a page hydrating, the network going
 * idle, an animation ending, a text appearing. Every wait uses it (playwright.config.ts makes it the
 * expect, navigation and action timeout, and the test timeout a multiple of it), so a slow or busy
 * machine needs one setting: raise it with E2E_WAIT_MS (milliseconds), e.g. `E2E_WAIT_MS=40000`.
 * Waiting longer changes no assertion: a wait ends as soon as its condition holds.
 */
export const waitLimitMs = Number(process.env.E2E_WAIT_MS ?? 15_000);
