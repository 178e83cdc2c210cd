/**
 * How long an e2e test waits for a condition (a page to hydrate, a reload to finish, a text to
 * appear) before it fails. One number, from E2E_WAIT_MS when set (a slow or busy machine), so every
 * wait can follow the same setting. Tests wait for conditions, never for a fixed time.
 */
export const waitLimitMs = Number(process.env.E2E_WAIT_MS ?? 15_000);
