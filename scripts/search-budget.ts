/**
 * The search's byte budgets (issue 5) and the small pieces used to check them: the index the search
 * fetches when a reader starts searching, and the JavaScript the search bar adds to a page's first load.
 * Sizes are gzip sizes (zlib's default level, as scripts/static-server.ts and most CDNs serve them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The whole site's search index, gzipped, fetched only when a search starts. */
export const searchIndexBudgetBytes = 300 * 1024;
/** What the search bar may add, gzipped, to the JavaScript a page loads before anyone touches it. */
export const searchBarFirstLoadBudgetBytes = 25 * 1024;

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content).length;
}

/** The index files @easyops-cn/docusaurus-search-local wrote into a build (hashed names). */
export function searchIndexFiles(buildDir: string): string[] {
  return readdirSync(buildDir)
    .filter((name) => /^search-index.*\.json$/.test(name))
    .map((name) => join(buildDir, name));
}

/** Total gzip size of the build's search index files. Throws when there is none. */
export function searchIndexGzipSize(buildDir: string): number {
  const files = searchIndexFiles(buildDir);
  if (files.length === 0) throw new Error(`No search-index*.json in ${buildDir}`);
  return files.reduce((total, file) => total + gzipSize(readFileSync(file)), 0);
}

/** Sum of gzip sizes of the distinct files behind a list of same-site URL paths in a build. */
export function gzipSizeOfPaths(buildDir: string, urlPaths: Iterable<string>): number {
  let total = 0;
  for (const path of new Set(urlPaths)) total += gzipSize(readFileSync(join(buildDir, path)));
  return total;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
