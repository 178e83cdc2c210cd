/**
 * Measuring the search's bytes for its budgets (budgets.json, checked by e2e/budgets.spec.ts): the
 * index the search fetches when a reader starts searching, and the search code loaded with it.
 * Sizes are gzip sizes (zlib's default level, as scripts/static-server.ts and most CDNs serve them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from '../tooling/site/siteFiles';

/** The index files plugins/search-index wrote into a build: assets/search-index-<hash>.json. */
export function searchIndexFiles(buildDir: string): string[] {
  const assets = join(buildDir, 'assets');
  return readdirSync(assets)
    .filter((name) => /^search-index-[0-9a-f]+\.json$/.test(name))
    .map((name) => join(assets, name));
}

/** Total gzip size of the build's search index files. Throws when there is none. */
export function searchIndexGzipSize(buildDir: string): number {
  const files = searchIndexFiles(buildDir);
  if (files.length === 0) throw new Error(`No assets/search-index-*.json in ${buildDir}`);
  return files.reduce((total, file) => total + gzipSize(readFileSync(file)), 0);
}

/** Sum of gzip sizes of the distinct files behind a list of same-site URL paths in a build. */
export function gzipSizeOfPaths(buildDir: string, urlPaths: Iterable<string>): number {
  let total = 0;
  for (const path of new Set(urlPaths)) total += gzipSize(readFileSync(join(buildDir, path)));
  return total;
}

export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
