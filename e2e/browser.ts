import { existsSync } from 'node:fs';

/** Where we look for a Chromium when CHROME_PATH is not set. Playwright cannot download browsers here. */
export const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The flags every run needs on a sandboxed machine with a closed network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.CHROME_PATH ? [env.CHROME_PATH] : chromiumCandidates;
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). ` +
        'Install one with "sudo apt-get update && sudo apt-get install -y chromium", ' +
        'or set CHROME_PATH to a Chrome or Chromium executable.',
    );
  }
  return found;
}
