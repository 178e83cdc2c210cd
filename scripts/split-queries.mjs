// Split the collected real-wording queries into a tuning set and a frozen test set.
//
//   node scripts/split-queries.mjs <collected.json>   write search-quality/real-{tuning,test}.json
//   node scripts/split-queries.mjs --check            re-derive the split from the two files and
//                                                    fail if it differs (proves seed and rule)
//
// Rule: queries are grouped by source URL, so all queries taken from one public post land in the
// same set. Groups are put in a canonical order (by URL), shuffled with a seeded PRNG, and
// given to the test set until it holds at least TEST_SHARE of all queries; the rest is tuning.
// Plain Node (no dependencies), so it runs before `npm ci`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const SEED = 20261127;
export const TEST_SHARE = 0.55;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tuningPath = path.join(root, 'search-quality/real-tuning.json');
const testPath = path.join(root, 'search-quality/real-test.json');

// mulberry32: small, well-known 32-bit PRNG; same seed gives the same sequence everywhere.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function split(entries, seed = SEED, share = TEST_SHARE) {
  const bySource = new Map();
  for (const entry of entries) {
    if (!bySource.has(entry.source)) bySource.set(entry.source, []);
    bySource.get(entry.source).push(entry);
  }
  const sources = [...bySource.keys()].sort();
  const random = mulberry32(seed);
  for (let i = sources.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [sources[i], sources[j]] = [sources[j], sources[i]];
  }
  const target = Math.ceil(entries.length * share);
  const test = [];
  const tuning = [];
  for (const source of sources) {
    (test.length < target ? test : tuning).push(...bySource.get(source));
  }
  const byKey = (a, b) =>
    a.source.localeCompare(b.source) || a.query.toLowerCase().localeCompare(b.query.toLowerCase());
  return { tuning: tuning.sort(byKey), test: test.sort(byKey) };
}

function keyOf(entry) {
  return `${entry.source}\u0000${entry.query}`;
}

function main(argv) {
  if (argv[0] === '--check') {
    const tuning = JSON.parse(readFileSync(tuningPath, 'utf8'));
    const test = JSON.parse(readFileSync(testPath, 'utf8'));
    const again = split([...tuning, ...test]);
    const same = (a, b) =>
      a.length === b.length && a.map(keyOf).sort().join('\n') === b.map(keyOf).sort().join('\n');
    if (!same(again.test, test) || !same(again.tuning, tuning)) {
      console.error('split-queries: the files do not match the seeded split');
      process.exit(1);
    }
    console.log(`split-queries: OK (seed ${SEED}, ${tuning.length} tuning, ${test.length} test)`);
    return;
  }
  if (!argv[0]) {
    console.error('usage: node scripts/split-queries.mjs <collected.json> | --check');
    process.exit(2);
  }
  const entries = JSON.parse(readFileSync(argv[0], 'utf8')).map(
    ({ query, expected, source, sourceNote }) => ({ query, expected, source, sourceNote }),
  );
  const { tuning, test } = split(entries);
  writeFileSync(tuningPath, `${JSON.stringify(tuning, null, 2)}\n`);
  writeFileSync(testPath, `${JSON.stringify(test, null, 2)}\n`);
  console.log(`split-queries: seed ${SEED}: ${tuning.length} tuning, ${test.length} test`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
