/**
 * npm run search:pools: writes search-quality/judged-pools.json, what each frozen test file's
 * answers were chosen from: every search result address (page, FAQ answer, section) in docs/ at the
 * commit that added the file. `npm run search:eval` uses it to set aside, for each file, the results
 * written after it was frozen (e2e/searchQuality.ts, `condensed`). Run it when a collection round
 * adds a real-test-N.json, and commit the pools with it: a file not committed yet is judged against
 * the pages at HEAD. `--check` fails when an address list is not what git history gives. Needs the
 * repository's history (a full clone) and `git worktree`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchDocuments } from '../plugins/search-index/documents';
import { readPages } from '../plugins/search-index/index';
import { isFrozenTestSet, readQuerySets, type JudgedPool } from '../e2e/searchQuality';

const output = 'search-quality/judged-pools.json';

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

/** The search result addresses of docs/ at a commit, read from a temporary worktree. */
function addressesAt(commit: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'judged-pool-'));
  rmSync(dir, { recursive: true });
  git('worktree', 'add', '--detach', '--quiet', dir, commit);
  try {
    const urls = readPages(join(dir, 'docs')).flatMap((page) =>
      searchDocuments(page).map((doc) => doc.url),
    );
    return [...new Set(urls)].sort();
  } finally {
    git('worktree', 'remove', '--force', dir);
  }
}

function judgedPools(): Record<string, JudgedPool> {
  const pools: Record<string, JudgedPool> = {};
  for (const set of readQuerySets().filter((s) => isFrozenTestSet(s.name))) {
    const file = `${set.name}.json`;
    const added = git('log', '--diff-filter=A', '--format=%h', '--', `search-quality/${file}`);
    const frozenAt = added.split('\n').at(-1) || git('rev-parse', '--short', 'HEAD');
    pools[file] = { frozenAt, urls: addressesAt(frozenAt) };
  }
  return pools;
}

const pools = judgedPools();
const text = `${JSON.stringify(
  {
    $comment:
      'What each frozen test file was judged against: the search result addresses in docs/ at the commit that added it. Written by npm run search:pools; see search-quality/README.md.',
    pools,
  },
  null,
  2,
)}\n`;
if (process.argv.includes('--check')) {
  const written = (JSON.parse(readFileSync(output, 'utf8')) as { pools: typeof pools }).pools;
  const differ = Object.keys(pools).filter(
    (file) => JSON.stringify(written[file]?.urls) !== JSON.stringify(pools[file].urls),
  );
  if (differ.length > 0) {
    console.error(
      `${output}: ${differ.join(', ')} not what git history gives: run npm run search:pools`,
    );
    process.exitCode = 1;
  } else console.log(`${output} matches git history.`);
} else {
  writeFileSync(output, text);
  console.log(`Wrote ${output}.`);
}
