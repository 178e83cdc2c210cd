/**
 * How long an e2e test waits for a condition (a page to hydrate, a reload to finish, a text to
 * appear) before it fails. One number, from E2E_WAIT_MS when set (a slow or busy machine), so every
 * wait can follow the same setting. Tests wait for conditions, never for a fixed time.
 */
export const waitLimitMs = Number(process.env.E2E_WAIT_MS ?? 15_000);

/**
 * How long e2e/deploy.spec.ts may take to build the site a second time (a cold production build: about
 * 10 s on a quiet machine, minutes on a busy one). Not a wait for a condition. From E2E_BUILD_MS when set.
 */
export const buildLimitMs = Number(process.env.E2E_BUILD_MS ?? 600_000);
