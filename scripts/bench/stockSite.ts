/**
 * The stock Docusaurus site we compare against: `create-docusaurus` classic, TypeScript, at the same
 * version as ours, with our `future` flags. Generating and installing it takes a minute, so the
 * installed site is cached in the temp folder, keyed by version; its builds are always cold.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const STOCK_VERSION = '3.10.2';

/** Replaces the template's `future: {...}` block with ours. The template indents it by two spaces. */
export function patchFutureFlags(configSource: string, future: unknown): string {
  const block = /\n {2}future: \{[\s\S]*?\n {2}\},\n/;
  if (!block.test(configSource)) {
    throw new Error(
      'The stock docusaurus.config.ts has no top-level `future: {...},` block to replace',
    );
  }
  const json = JSON.stringify(future, null, 2).replace(/\n/g, '\n  ');
  return configSource.replace(block, `\n  future: ${json},\n`);
}

/** Adds the same `overrides` (the @swc/html pin) as our package.json, and @docusaurus/faster. */
export function patchPackageJson(
  packageSource: string,
  overrides: Record<string, string>,
  version: string,
): string {
  const pkg = JSON.parse(packageSource) as {
    dependencies?: Record<string, string>;
    overrides?: Record<string, string>;
  };
  pkg.dependencies = { ...pkg.dependencies, '@docusaurus/faster': version };
  pkg.overrides = { ...pkg.overrides, ...overrides };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    throw new Error(`"${command} ${args.join(' ')}" failed in ${cwd} (exit ${result.status})`);
  }
}

/**
 * Returns the folder of an installed stock site whose config carries `future`.
 * Set BENCH_CACHE_DIR to keep the cache somewhere else than the system temp folder.
 */
export function prepareStockSite(future: unknown, overrides: Record<string, string>): string {
  const cacheRoot = process.env.BENCH_CACHE_DIR ?? join(tmpdir(), 'photo-guide-bench');
  const siteDir = join(cacheRoot, `docusaurus-${STOCK_VERSION}`, 'site');
  const installed = join(siteDir, '.bench-installed');
  const pristineConfig = join(siteDir, 'docusaurus.config.original.ts');

  if (!existsSync(installed)) {
    console.log(
      `Generating a stock Docusaurus ${STOCK_VERSION} site in ${siteDir} (cached for next time)`,
    );
    rmSync(siteDir, { recursive: true, force: true });
    mkdirSync(cacheRoot, { recursive: true });
    run(
      'npx',
      [
        '--yes',
        `create-docusaurus@${STOCK_VERSION}`,
        siteDir,
        'classic',
        '--typescript',
        '--skip-install',
      ],
      cacheRoot,
    );
    copyFileSync(join(siteDir, 'docusaurus.config.ts'), pristineConfig);
    const packageFile = join(siteDir, 'package.json');
    writeFileSync(
      packageFile,
      patchPackageJson(readFileSync(packageFile, 'utf8'), overrides, STOCK_VERSION),
    );
    run('npm', ['install', '--no-audit', '--no-fund'], siteDir);
    writeFileSync(installed, new Date().toISOString());
  }

  // Written on every run, so a change to our future flags reaches the stock site too.
  writeFileSync(
    join(siteDir, 'docusaurus.config.ts'),
    patchFutureFlags(readFileSync(pristineConfig, 'utf8'), future),
  );
  return siteDir;
}
