// Split collected real-wording queries into the tuning set and a frozen test file, round by round.
//
//   node scripts/split-queries.mjs --add <collected.json> <real-test-N.json>
//       add a new round: queries from posts already in a set go to that set (a post in a test
//       set sends its new queries to the new test file); the other posts are split with the seed
//       below; tuning additions are merged into real-tuning.json, the round's test queries are
//       written to search-quality/<real-test-N.json> with its SHA-256 in <real-test-N.sha256>,
//       and the round is recorded in search-quality/split-rounds.json.
//   node scripts/split-queries.mjs --check
//       re-derive every round from the files and split-rounds.json; fail if anything differs.
//
// Rule (every round): queries are grouped by source URL, so all queries taken from one public
// post land in the same set. Groups are put in a canonical order (by URL), shuffled with a seeded
// PRNG, and given to the test set until it holds at least TEST_SHARE of the round's queries; the
// rest is tuning. Round 1 (real-test.json) was made with the same function, seed and share.
// Plain Node (no dependencies), so it runs before `npm ci`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const SEED = 20261127;
export const TEST_SHARE = 0.55;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sq = (name) => path.join(root, 'search-quality', name);
const tuningPath = sq('real-tuning.json');
const roundsPath = sq('split-rounds.json');

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

const byKey = (a, b) =>
  a.source.localeCompare(b.source) || a.query.toLowerCase().localeCompare(b.query.toLowerCase());

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
  return { tuning: tuning.sort(byKey), test: test.sort(byKey) };
}

const keyOf = (entry) => `${entry.source}\u0000${entry.query}`;
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
// JSON as Prettier prints it (printWidth 100): an array of strings stays on one line when it fits.
// Written files are therefore already formatted, so `npm run format` never changes a frozen file.
export function formatJson(value) {
  const text = JSON.stringify(value, null, 2).replace(
    /^( *)("[^"\n]*": )?\[\n((?: *"(?:[^"\\\n]|\\.)*",?\n)+) *\](,?)$/gm,
    (whole, indent, key = '', items, comma) => {
      const inline = `${indent}${key}[${items.trim().split(/,\n */).join(', ')}]${comma}`;
      return inline.length <= 100 ? inline : whole;
    },
  );
  return `${text}\n`;
}
const writeJson = (file, value) => writeFileSync(file, formatJson(value));
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const pick = ({ query, expected, source, sourceNote }) => ({ query, expected, source, sourceNote });

function add(collectedFile, testName) {
  if (!/^real-test-\d+\.json$/.test(testName))
    throw new Error('test file must be real-test-N.json');
  if (existsSync(sq(testName)))
    throw new Error(`${testName} exists; a frozen file is never rewritten`);
  const rounds = readJson(roundsPath);
  const tuning = readJson(tuningPath);
  const testSources = new Set(rounds.flatMap((r) => readJson(sq(r.test)).map((e) => e.source)));
  const tuningSources = new Set(tuning.map((e) => e.source));
  const collected = readJson(collectedFile).map(pick);

  const carried = collected.filter((e) => testSources.has(e.source) || tuningSources.has(e.source));
  const fresh = collected.filter((e) => !carried.includes(e));
  const { tuning: newTuning, test: newTest } = split(fresh);
  const carriedToTest = carried.filter((e) => testSources.has(e.source));
  const carriedToTuning = carried.filter((e) => !testSources.has(e.source));

  writeJson(tuningPath, [...tuning, ...newTuning, ...carriedToTuning].sort(byKey));
  writeJson(sq(testName), [...newTest, ...carriedToTest].sort(byKey));
  const shaName = testName.replace(/\.json$/, '.sha256');
  writeFileSync(sq(shaName), `${sha256(sq(testName))}  ${testName}\n`);
  rounds.push({
    round: rounds.length + 1,
    seed: SEED,
    testShare: TEST_SHARE,
    test: testName,
    sources: [...new Set(fresh.map((e) => e.source))].sort(),
    carriedOver: carried.map((e) => ({ source: e.source, query: e.query })),
  });
  writeJson(roundsPath, rounds);
  console.log(
    `split-queries: round ${rounds.length}: ${newTuning.length + carriedToTuning.length} to tuning, ` +
      `${newTest.length + carriedToTest.length} to ${testName}. ` +
      'Now run npm run search:pools and commit its output with the new file.',
  );
}

function check() {
  const rounds = readJson(roundsPath);
  const tuning = readJson(tuningPath);
  const tests = rounds.map((r) => readJson(sq(r.test)));
  const all = [...tuning, ...tests.flat()];
  const carried = new Set(rounds.flatMap((r) => (r.carriedOver ?? []).map(keyOf)));
  const problems = [];
  const same = (a, b) => a.map(keyOf).sort().join('\n') === b.map(keyOf).sort().join('\n');

  const owner = new Map();
  for (const r of rounds) {
    for (const s of r.sources) {
      if (owner.has(s)) problems.push(`source in two rounds: ${s}`);
      owner.set(s, r.round);
    }
  }
  for (const e of all) if (!owner.has(e.source)) problems.push(`source in no round: ${e.source}`);

  rounds.forEach((r, i) => {
    const entries = all.filter((e) => owner.get(e.source) === r.round && !carried.has(keyOf(e)));
    const again = split(entries, r.seed, r.testShare);
    const testHere = tests[i].filter((e) => !carried.has(keyOf(e)));
    const tuningHere = tuning.filter(
      (e) => owner.get(e.source) === r.round && !carried.has(keyOf(e)),
    );
    if (!same(again.test, testHere) || !same(again.tuning, tuningHere)) {
      problems.push(`round ${r.round}: the files do not match the seeded split`);
    }
    for (const c of r.carriedOver ?? []) {
      const ownerTest = tests[owner.get(c.source) - 1] ?? [];
      const inTestPost = ownerTest.some((e) => e.source === c.source);
      const home = inTestPost ? tests[i] : tuning;
      if (!home.some((e) => keyOf(e) === keyOf(c))) {
        problems.push(
          `round ${r.round}: carried-over query not in ${inTestPost ? r.test : 'real-tuning.json'}`,
        );
      }
    }
    const shaName = r.test.replace(/\.json$/, '.sha256');
    if (readFileSync(sq(shaName), 'utf8').split(/\s+/)[0] !== sha256(sq(r.test))) {
      problems.push(`${r.test}: SHA-256 does not match ${shaName}`);
    }
  });

  if (problems.length) {
    console.error(`split-queries: ${problems.join('\nsplit-queries: ')}`);
    process.exit(1);
  }
  const sizes = rounds.map((r, i) => `${r.test} ${tests[i].length}`).join(', ');
  console.log(
    `split-queries: OK (seed ${SEED}, ${rounds.length} rounds; real-tuning.json ${tuning.length}, ${sizes})`,
  );
}

function main(argv) {
  if (argv[0] === '--check') return check();
  if (argv[0] === '--add' && argv[1] && argv[2]) return add(argv[1], argv[2]);
  console.error(
    'usage: node scripts/split-queries.mjs --add <collected.json> <real-test-N.json> | --check',
  );
  process.exit(2);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
